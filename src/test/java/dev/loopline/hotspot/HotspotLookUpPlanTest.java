package dev.loopline.hotspot;

import static dev.loopline.support.Plans.Kind.CUSTOM;
import static dev.loopline.support.Plans.Kind.GENERIC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopline.hotspot.ClusterRule.Dimension;
import dev.loopline.hotspot.ClusterRule.Facts;
import dev.loopline.support.FreshDatabase;
import dev.loopline.support.Plans;
import dev.loopline.ticket.Utility;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Intake's hotspot statements stay on their indexes on a database PostgreSQL has never analyzed (issue 16): the
 * cluster's open hotspot, and the count and ids of the cluster's earlier tickets, for a rule with an area and one
 * without, on the empty tables and after tickets and hotspots arrived without ANALYZE.
 */
@QuarkusTest
class HotspotLookUpPlanTest {

    private static final ClusterRule SAME_PROBLEM_IN_ONE_AREA = new ClusterRule("SAME_PROBLEM_IN_ONE_AREA", 5,
            Duration.ofHours(2), Set.of(Dimension.values()), List.of(), Set.of());
    private static final ClusterRule SAME_PROBLEM_CITY_WIDE = new ClusterRule("SAME_PROBLEM_CITY_WIDE", 50,
            Duration.ofHours(2), Set.of(Dimension.UTILITY, Dimension.CATEGORY), List.of(), Set.of());
    /** Ticket 7 of FreshDatabase.addTickets: gas, OTHER, AREA-7. */
    private static final Facts TICKET = new Facts(Utility.GAS, "OTHER", "AREA-7");

    @Inject
    AgroalDataSource db;

    @Test
    void theHotspotStatementsStayOnTheirIndexesWhileTheTablesGrowWithoutStatistics() throws Exception {
        try (FreshDatabase fresh = FreshDatabase.create(db, "hotspot_plan"); Connection connection = fresh.connect()) {
            Plans.Prepared open = Plans.prepare(connection, "open_hotspot", Hotspot.TAKING_TICKETS);
            List<Prepared> earlier = List.of(
                    prepared(connection, "in_area", SAME_PROBLEM_IN_ONE_AREA, false),
                    prepared(connection, "in_area_locked", SAME_PROBLEM_IN_ONE_AREA, true),
                    prepared(connection, "city_wide", SAME_PROBLEM_CITY_WIDE, false),
                    prepared(connection, "city_wide_locked", SAME_PROBLEM_CITY_WIDE, true));
            assertEveryPlanUsesItsIndex(connection, open, earlier, GENERIC);
            assertEveryPlanUsesItsIndex(connection, open, earlier, CUSTOM);

            FreshDatabase.addTickets(connection, 30_000);
            addHotspots(connection, 3_000);
            // the generic plans made on the empty tables above are still the connection's
            assertEveryPlanUsesItsIndex(connection, open, earlier, GENERIC);
            assertEveryPlanUsesItsIndex(connection, open, earlier, CUSTOM);
        }
    }

    /** A cluster statement prepared, with the index it must walk and the values of ticket 7's cluster. */
    private record Prepared(Plans.Prepared statement, String index, Map<String, Object> values) {
    }

    private static Prepared prepared(Connection connection, String name, ClusterRule rule, boolean lock)
            throws Exception {
        ClusterRule.Cluster cluster = rule.clusterOf(TICKET);
        Map<String, Object> values = new HashMap<>(Map.of("from", rule.windowStart(Instant.now()),
                "closed", "CLOSED", "self", UUID.randomUUID(), "utility", cluster.utility().name(),
                "categories", cluster.categories().get(0)));
        if (cluster.areaCode() != null) {
            values.put("area", cluster.areaCode());
        }
        return new Prepared(Plans.prepare(connection, name, HotspotDetection.earlierSql(rule, cluster, lock)),
                cluster.areaCode() != null ? "ticket_by_area" : "ticket_list_order", values);
    }

    private static void assertEveryPlanUsesItsIndex(Connection connection, Plans.Prepared open,
            List<Prepared> earlier, Plans.Kind kind) throws Exception {
        assertUses(Plans.explain(connection, open,
                Map.of("1", SAME_PROBLEM_IN_ONE_AREA.clusterOf(TICKET).key()), kind), "hotspot_one_open_per_cluster");
        for (Prepared cluster : earlier) {
            assertUses(Plans.explain(connection, cluster.statement(), cluster.values(), kind), cluster.index());
        }
    }

    private static void assertUses(Plans.Plan plan, String index) {
        assertThat(plan.seqScanned()).as("sequential scans in %s", plan).isEmpty();
        assertThat(plan.indexes()).as("indexes of %s", plan).containsExactly(index);
    }

    /** Hotspots of many areas, most resolved long ago, one still open for each of the first 300 areas. */
    private static void addHotspots(Connection connection, int hotspots) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("""
                    insert into hotspot (id, rule_name, cluster_key, utility, category, categories, area_code, status,
                        ticket_count, first_at, last_at, opened_at)
                    select gen_random_uuid(), 'SAME_PROBLEM_IN_ONE_AREA',
                           'SAME_PROBLEM_IN_ONE_AREA|GAS|OTHER|AREA-' || (g % 800), 'GAS', 'OTHER', '{OTHER}',
                           'AREA-' || (g % 800), case when g <= 300 then 'OPEN' else 'RESOLVED' end, 5,
                           now() - g * interval '1 hour', now() - g * interval '1 hour',
                           now() - g * interval '1 hour'
                    from generate_series(1, ?) g""")) {
            statement.setInt(1, hotspots);
            statement.execute();
        }
    }
}
