package dev.loopline.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/** Reads the planner's situation once at start and warns when nothing keeps PostgreSQL's statistics fresh. */
public class PlannerSituationCheck {

    private static final Logger LOG = Logger.getLogger(PlannerSituationCheck.class);

    void onStart(@Observes StartupEvent event, AgroalDataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            PlannerSituation.read(connection, PlannerSituation.INTAKE_TABLES).warning().ifPresent(LOG::warn);
        } catch (SQLException e) {
            // the service starts all the same: the check is advice, and the database may be back later
            LOG.warnf("Could not read PostgreSQL's autovacuum settings and statistics at start: %s", e.getMessage());
        }
    }
}
