package dev.loopline.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When the service warns at start that nothing keeps PostgreSQL's statistics fresh, and what it says (plain Java). */
class PlannerSituationTest {

    @Test
    void autovacuumOnIsNoWarningEvenOnTablesNotYetAnalyzed() {
        assertThat(new PlannerSituation(true, true, List.of("ticket", "hotspot")).warning()).isEmpty();
    }

    @Test
    void autovacuumOffWarnsWhatItMeansAndWhatToDo() {
        assertThat(new PlannerSituation(false, true, List.of()).warning()).hasValueSatisfying(warning -> assertThat(
                warning).startsWith("autovacuum is off on this PostgreSQL: nothing analyzes or vacuums the tables")
                .contains("Run ANALYZE after loading data and then regularly").contains("turn autovacuum")
                .doesNotContain("never analyzed"));
    }

    @Test
    void theWarningNamesTheTablesNeverAnalyzed() {
        assertThat(new PlannerSituation(false, true, List.of("hotspot", "ticket")).warning())
                .hasValueSatisfying(warning -> assertThat(warning)
                        .contains("(never analyzed so far: hotspot, ticket)"));
    }

    @Test
    void trackCountsOffWarnsThatAutovacuumCannotWork() {
        assertThat(new PlannerSituation(true, false, List.of("ticket")).warning())
                .hasValueSatisfying(warning -> assertThat(warning).startsWith(
                        "track_counts is off on this PostgreSQL, so autovacuum cannot tell which tables changed")
                        .contains("never analyzed so far: ticket"));
    }
}
