package dev.loopline.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Says in /q/health where the board, the monthly report and lists read; always up: the primary serves them all. */
@Readiness
@ApplicationScoped
public class ReadReplicaHealth implements HealthCheck {

    @Inject
    ReadReplica replica;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("Read replica").up()
                .withData("state", replica.state().name())
                .withData("readsFrom", replica.inUse() ? "replica" : "primary");
        if (replica.lag() != null) {
            health.withData("lagMillis", replica.lag().toMillis());
        }
        return health.build();
    }
}
