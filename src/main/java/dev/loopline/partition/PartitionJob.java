package dev.loopline.partition;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/** {@link Partitions#ensureAhead} at start and every {@code loopline.partitions.every}. */
@ApplicationScoped
public class PartitionJob {

    private static final Logger LOG = Logger.getLogger(PartitionJob.class);

    @Inject
    Partitions partitions;

    @Inject
    Clock clock;

    void onStart(@Observes StartupEvent event) {
        try {
            partitions.ensureAhead(Instant.now(clock));
        } catch (RuntimeException e) {
            // the service starts all the same: months ahead exist already, and the job tries again
            LOG.warnf("Could not make the month partitions ahead at start: %s", e.getMessage());
        }
    }

    @Scheduled(identity = "partitions", every = "${loopline.partitions.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        partitions.ensureAhead(Instant.now(clock));
    }
}
