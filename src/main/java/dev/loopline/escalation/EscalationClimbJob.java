package dev.loopline.escalation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** The scheduled job: unacknowledged escalations climb the ladder (loopline.escalation.climb-every; "off" disables). */
@ApplicationScoped
public class EscalationClimbJob {

    @Inject
    EscalationClimb climb;

    @Inject
    Clock clock;

    @Scheduled(identity = "escalation-climb", every = "${loopline.escalation.climb-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        climb.climbOverdue(Instant.now(clock));
    }
}
