package dev.loopline.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopline.hotspot.ClusterRule.Dimension;
import dev.loopline.hotspot.ClusterRule.Facts;
import dev.loopline.ticket.Utility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which tickets a hotspot rule takes and which cluster each belongs to (plain Java). */
class ClusterRuleTest {

    private static final ClusterRule SAME_PROBLEM_IN_ONE_AREA = new ClusterRule("SAME_PROBLEM_IN_ONE_AREA", 5,
            Duration.ofHours(2), Set.of(Dimension.values()), List.of(), Set.of());
    private static final ClusterRule NO_HEAT_IN_COMPOUND = new ClusterRule("NO_HEAT_IN_COMPOUND", 3,
            Duration.ofHours(1), Set.of(Dimension.values()), List.of("NO_HEATING", "INDOOR_TEMPERATURE_LOW"),
            Set.of(Utility.HEATING));
    private static final ClusterRule CITY_WIDE_OUTAGE = new ClusterRule("CITY_WIDE_OUTAGE", 50, Duration.ofHours(1),
            Set.of(Dimension.UTILITY, Dimension.CATEGORY), List.of("OUTAGE"), Set.of());

    @Test
    void byDefaultTicketsOfOneUtilityCategoryAndAreaAreOneCluster() {
        var cold = SAME_PROBLEM_IN_ONE_AREA.clusterOf(new Facts(Utility.HEATING, "NO_HEATING", "XF-001"));
        assertThat(cold).isEqualTo(SAME_PROBLEM_IN_ONE_AREA.clusterOf(
                new Facts(Utility.HEATING, "NO_HEATING", "XF-001")));
        assertThat(cold.key()).isNotEqualTo(SAME_PROBLEM_IN_ONE_AREA.clusterOf(
                new Facts(Utility.HEATING, "RADIATOR_LEAK", "XF-001")).key());
        assertThat(cold.key()).isNotEqualTo(SAME_PROBLEM_IN_ONE_AREA.clusterOf(
                new Facts(Utility.HEATING, "NO_HEATING", "XF-002")).key());
        assertThat(cold.key()).isNotEqualTo(SAME_PROBLEM_IN_ONE_AREA.clusterOf(
                new Facts(Utility.POWER, "NO_HEATING", "XF-001")).key());
        assertThat(cold.category()).isEqualTo("NO_HEATING");
        assertThat(cold.utility()).isEqualTo(Utility.HEATING);
        assertThat(cold.areaCode()).isEqualTo("XF-001");
    }

    @Test
    void aTicketWithoutAnAreaIsInNoAreaCluster() {
        assertThat(SAME_PROBLEM_IN_ONE_AREA.takes(new Facts(Utility.HEATING, "NO_HEATING", null))).isFalse();
        assertThat(CITY_WIDE_OUTAGE.takes(new Facts(Utility.POWER, "OUTAGE", null))).isTrue();
    }

    @Test
    void groupedCategoriesAreOneClusterAndOtherCategoriesAreNotTaken() {
        var noHeating = NO_HEAT_IN_COMPOUND.clusterOf(new Facts(Utility.HEATING, "NO_HEATING", "XF-001"));
        var cold = NO_HEAT_IN_COMPOUND.clusterOf(new Facts(Utility.HEATING, "INDOOR_TEMPERATURE_LOW", "XF-001"));
        assertThat(noHeating).isEqualTo(cold);
        assertThat(noHeating.categories()).containsExactly("NO_HEATING", "INDOOR_TEMPERATURE_LOW");
        assertThat(noHeating.category()).isEqualTo("NO_HEATING");
        assertThat(NO_HEAT_IN_COMPOUND.takes(new Facts(Utility.HEATING, "RADIATOR_LEAK", "XF-001"))).isFalse();
        assertThat(NO_HEAT_IN_COMPOUND.takes(new Facts(Utility.WATER, "NO_HEATING", "XF-001"))).isFalse();
    }

    @Test
    void aRuleThatDoesNotMatchOnAreaClustersAcrossAreas() {
        var east = CITY_WIDE_OUTAGE.clusterOf(new Facts(Utility.POWER, "OUTAGE", "E-1"));
        var west = CITY_WIDE_OUTAGE.clusterOf(new Facts(Utility.POWER, "OUTAGE", "W-9"));
        assertThat(east).isEqualTo(west);
        assertThat(east.areaCode()).isNull();
    }

    @Test
    void theThresholdCountsTheNewTicketAndTheWindowEndsNow() {
        assertThat(SAME_PROBLEM_IN_ONE_AREA.reached(4)).isFalse();
        assertThat(SAME_PROBLEM_IN_ONE_AREA.reached(5)).isTrue();
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        assertThat(SAME_PROBLEM_IN_ONE_AREA.windowStart(now)).isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
    }
}
