package dev.loopline.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopline.support.FreshDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/** V23 converts the unpartitioned tables of V22: every row moves into its month, with its key and its guards. */
@QuarkusTest
class PartitionMigrationTest {

    @Inject
    AgroalDataSource db;

    @Test
    void everyRowMovesIntoTheMonthOfItsKeyInShanghaiAndKeepsItsGuards() throws Exception {
        try (FreshDatabase fresh = FreshDatabase.create(db, "partition_migration", MigrationVersion.fromVersion("22"));
                Connection connection = fresh.connect(); Statement sql = connection.createStatement()) {
            FreshDatabase.addTickets(connection, 2);
            // a second before and at midnight of 1 January 2026 in Shanghai
            sql.execute("""
                    update ticket set accepted_at = case when number = 'FD-1' then timestamptz '2025-12-31 15:59:59Z'
                                                         else timestamptz '2025-12-31 16:00:00Z' end""");
            sql.execute("""
                    insert into ticket_event (id, ticket_id, seq, type, actor, actor_role, occurred_at, payload,
                        prev_hash, hash)
                    select gen_random_uuid(), t.id, s, 'ticket.step', 'agent', 'agent', t.accepted_at + s * interval '1 day',
                           '{}', repeat('0', 64), md5(t.number || s) || md5(s || t.number)
                    from ticket t cross join generate_series(1, 2) s""");
            sql.execute("""
                    insert into outbox_event (id, type, ticket_id, occurred_at, payload, created_at, fanned_out_at)
                    select gen_random_uuid(), 'ticket.accepted', id, accepted_at, '{}', accepted_at, accepted_at
                    from ticket""");
            sql.execute("""
                    insert into webhook (id, url, secret, events, created_at, created_by)
                    values (gen_random_uuid(), 'http://127.0.0.1:9/migration', 'secret', '{ticket.accepted}', now(),
                            'test')""");
            sql.execute("""
                    insert into webhook_delivery (id, webhook_id, event_id, status, attempts, next_attempt_at,
                        delivered_at, created_at)
                    select gen_random_uuid(), (select id from webhook), id, 'DELIVERED', 1, now(), now(), now()
                    from outbox_event""");

            fresh.migrate(MigrationVersion.LATEST);

            assertThat(rows(sql, "select t.number || ' ' || e.tableoid::regclass || ' '"
                    + " || (e.ticket_accepted_at = t.accepted_at) from ticket_event e join ticket t on t.id = e.ticket_id"))
                    .containsExactlyInAnyOrder("FD-1 ticket_event_2025_12 true", "FD-1 ticket_event_2025_12 true",
                            "FD-2 ticket_event_2026_01 true", "FD-2 ticket_event_2026_01 true");
            assertThat(rows(sql, "select t.number || ' ' || o.tableoid::regclass || ' ' || d.tableoid::regclass"
                    + " from outbox_event o join ticket t on t.id = o.ticket_id"
                    + " join webhook_delivery d on d.event_id = o.id and d.event_created_at = o.created_at"))
                    .containsExactlyInAnyOrder("FD-1 outbox_event_2025_12 webhook_delivery_2025_12",
                            "FD-2 outbox_event_2026_01 webhook_delivery_2026_01");
            assertThat(rows(sql, "select count(*) from pg_inherits where inhparent = 'ticket_event'::regclass"
                    + " and inhrelid = to_regclass('ticket_event_' || to_char(now() at time zone 'Asia/Shanghai'"
                    + " + interval '3 months', 'YYYY_MM'))")).as("three months ahead").containsExactly("1");
            assertThatThrownBy(() -> sql.execute("insert into ticket_event (id, ticket_id, seq, type, actor,"
                    + " actor_role, occurred_at, payload, prev_hash, hash, ticket_accepted_at) select gen_random_uuid(),"
                    + " ticket_id, seq, type, actor, actor_role, occurred_at, payload, prev_hash, hash,"
                    + " ticket_accepted_at from ticket_event where seq = 2")).as("one event per ticket and seq")
                    .isInstanceOf(SQLException.class).hasMessageContaining("duplicate key")
                    .hasMessageContaining("(ticket_id, seq, ticket_accepted_at)");
            assertThatThrownBy(() -> sql.execute("delete from ticket_event")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.execute("delete from outbox_event")).as("its deliveries need it")
                    .hasMessageContaining("violates foreign key constraint");
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
