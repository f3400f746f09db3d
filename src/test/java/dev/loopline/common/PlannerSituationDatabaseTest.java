package dev.loopline.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopline.support.FreshDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The planner's situation as the service reads it at start, from a real PostgreSQL. */
@QuarkusTest
class PlannerSituationDatabaseTest {

    @Inject
    AgroalDataSource db;

    @Test
    void theSettingsAreTheDatabasesOwn() throws Exception {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
                ResultSet settings = statement.executeQuery(
                        "select current_setting('autovacuum') = 'on', current_setting('track_counts') = 'on'")) {
            settings.next();
            PlannerSituation situation = PlannerSituation.read(connection, PlannerSituation.INTAKE_TABLES);
            assertThat(situation.autovacuum()).isEqualTo(settings.getBoolean(1));
            assertThat(situation.trackCounts()).isEqualTo(settings.getBoolean(2));
        }
    }

    @Test
    void aFreshlyMigratedDatabaseHasEveryIntakeTableNeverAnalyzedUntilAnalyzeRuns() throws Exception {
        try (FreshDatabase fresh = FreshDatabase.create(db, "planner_situation");
                Connection connection = fresh.connect(); Statement statement = connection.createStatement()) {
            assertThat(PlannerSituation.read(connection, PlannerSituation.INTAKE_TABLES).neverAnalyzed())
                    .containsExactlyInAnyOrderElementsOf(PlannerSituation.INTAKE_TABLES);
            statement.execute("analyze ticket");
            assertThat(PlannerSituation.read(connection, PlannerSituation.INTAKE_TABLES).neverAnalyzed())
                    .doesNotContain("ticket").contains("hotspot");
        }
    }
}
