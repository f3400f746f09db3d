package dev.loopline.ticket;

import static dev.loopline.support.Plans.Kind.CUSTOM;
import static dev.loopline.support.Plans.Kind.GENERIC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopline.common.PlannerSituation;
import dev.loopline.support.FreshDatabase;
import dev.loopline.support.Plans;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The repeat look-up stays on the customer's indexes on a database PostgreSQL has never analyzed (issue 16): on the
 * empty tables a new installation starts with, and after tickets arrived without ANALYZE (autovacuum off), both in a
 * fresh plan and in the plan a pooled connection made while the table was empty and keeps using.
 */
@QuarkusTest
class RepeatLookUpPlanTest {

    /** The look-up as the rule says it, for comparing answers: phone or account, utility, category, since. */
    private static final String PHONE_OR_ACCOUNT = "select t.id from ticket t where (t.customer_phone = ?1"
            + " or t.customer_account = ?2) and t.utility = ?3 and t.category = ?4 and t.accepted_at >= ?5"
            + " order by t.accepted_at";

    private static final Instant SINCE = Instant.now().minus(30, ChronoUnit.DAYS);
    /** Ticket g's utility and category in FreshDatabase.addTickets, by g % 4. */
    private static final List<String> UTILITIES = List.of("HEATING", "POWER", "WATER", "GAS");
    private static final List<String> CATEGORIES = List.of("SERVICE_ATTITUDE", "REPAIR_DELAY", "PROPERTY_BOUNDARY",
            "OTHER");

    @Inject
    AgroalDataSource db;

    @Test
    void theLookUpProbesTheCustomersIndexesWhileTheTicketTableGrowsWithoutStatistics() throws Exception {
        try (FreshDatabase fresh = FreshDatabase.create(db, "repeat_plan"); Connection connection = fresh.connect()) {
            Plans.Prepared lookUp = Plans.prepare(connection, "look_up", TicketQueries.EARLIER_OF_CUSTOMER);
            assertProbes(Plans.explain(connection, lookUp, customer("+8613900000007", "ACC-7"), GENERIC),
                    "ticket_by_phone", "ticket_by_account");
            assertFreshPlansProbe(connection, lookUp);

            FreshDatabase.addTickets(connection, 30_000);
            assertThat(PlannerSituation.read(connection, List.of("ticket")).neverAnalyzed()).containsExactly("ticket");
            // the generic plan made on the empty table above is still the connection's: nothing invalidated it
            assertProbes(Plans.explain(connection, lookUp, customer("+8613900000007", "ACC-7"), GENERIC),
                    "ticket_by_phone", "ticket_by_account");
            assertFreshPlansProbe(connection, lookUp);
        }
    }

    @Test
    void theLookUpFindsWhatPhoneOrAccountFinds() throws Exception {
        try (FreshDatabase fresh = FreshDatabase.create(db, "repeat_answers");
                Connection connection = fresh.connect()) {
            FreshDatabase.addTickets(connection, 30_000);
            Plans.Prepared lookUp = Plans.prepare(connection, "look_up", TicketQueries.EARLIER_OF_CUSTOMER);
            Plans.Prepared rule = Plans.prepare(connection, "phone_or_account", PHONE_OR_ACCOUNT);
            int found = 0;
            // ticket g has phone g % 5000 (none when g % 11 = 0) and account g % 7000 (none when g % 13 = 0)
            for (int g = 1; g <= 30_000; g += 97) {
                for (Map<String, Object> customer : List.of(customer(phone(g), account(g)), customer(phone(g), null),
                        customer(null, account(g)), customer(phone(g), account(g + 1)))) {
                    customer.put("3", UTILITIES.get(g % 4));
                    customer.put("4", CATEGORIES.get(g % 4));
                    List<String> expected = Plans.firstColumn(connection, rule, customer);
                    assertThat(Plans.firstColumn(connection, lookUp, customer)).as("%s", customer)
                            .containsExactlyElementsOf(expected);
                    found += expected.size();
                }
            }
            assertThat(found).as("tickets found over all customers asked").isGreaterThan(1000);
        }
    }

    private static void assertFreshPlansProbe(Connection connection, Plans.Prepared lookUp) throws Exception {
        assertProbes(Plans.explain(connection, lookUp, customer("+8613900000007", "ACC-7"), CUSTOM),
                "ticket_by_phone", "ticket_by_account");
        assertProbes(Plans.explain(connection, lookUp, customer("+8613900000007", null), CUSTOM), "ticket_by_phone");
        assertProbes(Plans.explain(connection, lookUp, customer(null, "ACC-7"), CUSTOM), "ticket_by_account");
    }

    private static void assertProbes(Plans.Plan plan, String... indexes) {
        assertThat(plan.seqScanned()).as("sequential scans in %s", plan).isEmpty();
        assertThat(plan.indexes()).as("indexes of %s", plan).isEqualTo(Set.of(indexes));
    }

    /** Ticket 7's customer and what it complains about (GAS, OTHER) in the last 30 days. */
    private static Map<String, Object> customer(String phone, String account) {
        Map<String, Object> values = new HashMap<>(Map.of("3", "GAS", "4", "OTHER", "5", SINCE));
        values.put("1", phone);
        values.put("2", account);
        return values;
    }

    private static String phone(int g) {
        return g % 11 == 0 ? null : "+86139" + String.format("%08d", g % 5000);
    }

    private static String account(int g) {
        return g % 13 == 0 && g % 11 != 0 ? null : "ACC-" + g % 7000;
    }
}
