package dev.loopline.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopline.support.FreshDatabase;
import dev.loopline.support.Plans;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A ticket's open escalations are looked up through escalation_by_ticket on a database PostgreSQL has never
 * analyzed (issue 16): raising one (Escalations.raise, at intake and by hand), closing a ticket's, and the SLA
 * flagger's batch check. Written with the open condition of the board's and the one-per-level partial indexes,
 * PostgreSQL walked escalation_board_awaiting_ack from end to end instead, filtering by ticket.
 */
@QuarkusTest
class EscalationLookUpPlanTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aTicketsOpenEscalationsAreFoundByTicketOnEmptyAndGrownTablesWithoutStatistics() throws Exception {
        try (FreshDatabase fresh = FreshDatabase.create(db, "escalation_plan");
                Connection connection = fresh.connect()) {
            List<Plans.Prepared> lookUps = List.of(
                    Plans.prepare(connection, "open_at", Escalation.OPEN_AT),
                    Plans.prepare(connection, "open_of", Escalation.OPEN_OF),
                    Plans.prepare(connection, "tickets_with_open", numbered(EscalationRows.TICKETS_WITH_OPEN)));
            assertEachFindsByTicket(connection, lookUps);

            FreshDatabase.addTickets(connection, 30_000);
            addEscalations(connection);
            // the generic plans made on the empty tables above are still the connection's
            assertEachFindsByTicket(connection, lookUps);
        }
    }

    private static void assertEachFindsByTicket(Connection connection, List<Plans.Prepared> lookUps)
            throws Exception {
        Map<String, Object> values = Map.of("1", "00000000-0000-0000-0000-000000000007", "2", 1);
        for (Plans.Kind kind : Plans.Kind.values()) {
            for (Plans.Prepared lookUp : lookUps) {
                Map<String, Object> these = lookUp.name().equals("tickets_with_open")
                        ? Map.of("1", "{00000000-0000-0000-0000-000000000007}", "2", 1) : values;
                Plans.Plan plan = Plans.explain(connection, lookUp, these, kind);
                assertThat(plan.seqScanned()).as("%s %s: sequential scans in %s", lookUp.name(), kind, plan).isEmpty();
                assertThat(plan.indexes()).as("%s %s: indexes of %s", lookUp.name(), kind, plan)
                        .containsExactly("escalation_by_ticket");
            }
        }
    }

    /** JDBC's ? as the ?1, ?2 … Plans.prepare numbers. */
    private static String numbered(String jdbc) {
        StringBuilder sql = new StringBuilder();
        int n = 0;
        for (char c : jdbc.toCharArray()) {
            sql.append(c == '?' ? "?" + (++n) : String.valueOf(c));
        }
        return sql.toString();
    }

    /** One escalation in three tickets, most acknowledged long ago, those of the last 300 still open. */
    private static void addEscalations(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into escalation (id, ticket_id, level, trigger, reason, target_role, raised_at, raised_by,
                        ack_due_at, acknowledged_at, acknowledged_by, version)
                    select gen_random_uuid(), t.id, 1, 'RESOLUTION_BREACH', '处理时限已超', 'supervisor',
                           now() - g * interval '1 minute', 'system',
                           now() - g * interval '1 minute' + interval '1 hour',
                           case when g > 300 then now() - g * interval '1 minute' end,
                           case when g > 300 then 'supervisor.1' end, 0
                    from (select id, row_number() over (order by number) as g from ticket) t where t.g % 3 = 0""");
        }
    }
}
