package dev.loopline.sla;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** The scheduled job: sweeps for SLA flags every few seconds (loopline.sla.sweep-every; "off" disables it). */
@ApplicationScoped
public class SlaBreachSweep {

    @Inject
    SlaSweep sweep;

    @Inject
    Clock clock;

    @Scheduled(identity = "sla-breach-sweep", every = "${loopline.sla.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        sweep.sweep(Instant.now(clock));
    }
}
