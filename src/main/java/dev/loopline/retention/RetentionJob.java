package dev.loopline.retention;

import dev.loopline.archive.Archive;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * The scheduled job: {@link Retention}, then {@link Archive}, every {@code loopline.retention.every} ("off"
 * disables both).
 */
@ApplicationScoped
public class RetentionJob {

    @Inject
    Retention retention;

    @Inject
    Archive archive;

    @Inject
    Clock clock;

    @Scheduled(identity = "retention", every = "${loopline.retention.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        Instant now = Instant.now(clock);
        retention.run(now);
        archive.run(now);
    }
}
