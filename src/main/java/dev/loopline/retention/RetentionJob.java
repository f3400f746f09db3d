package dev.loopline.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** The scheduled job: {@link Retention} every {@code loopline.retention.every} ("off" disables it). */
@ApplicationScoped
public class RetentionJob {

    @Inject
    Retention retention;

    @Inject
    Clock clock;

    @Scheduled(identity = "retention", every = "${loopline.retention.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        retention.run(Instant.now(clock));
    }
}
