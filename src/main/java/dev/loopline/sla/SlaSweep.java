package dev.loopline.sla;

import dev.loopline.common.LooplineConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * One sweep over what is due: for each flag, bounded batches until nothing due is left (or the per-sweep cap is
 * reached). Safe to run on several instances at once: each ticket is flagged exactly once.
 */
@ApplicationScoped
public class SlaSweep {

    private static final Logger LOG = Logger.getLogger(SlaSweep.class);

    @Inject
    SlaFlagger flagger;

    @Inject
    MeterRegistry meters;

    @Inject
    LooplineConfig config;

    /** What one sweep did: how many rows each flag was raised on. */
    public record Result(Map<SlaFlag, Integer> flagged) {
    }

    public Result sweep(Instant now) {
        Timer.Sample sample = Timer.start(meters);
        Map<SlaFlag, Integer> counts = new EnumMap<>(SlaFlag.class);
        try {
            for (SlaFlag flag : SlaFlag.values()) {
                counts.put(flag, sweep(flag, now));
            }
            return new Result(counts);
        } finally {
            sample.stop(meters.timer("loopline.sla.sweep.duration"));
        }
    }

    private int sweep(SlaFlag flag, Instant now) {
        long started = System.nanoTime();
        int total = 0;
        for (int batch = 0; batch < config.sla().sweepMaxBatches(); batch++) {
            List<SlaFlagger.Flagged> flagged;
            try {
                flagged = flagger.flagBatch(flag, now, config.sla().sweepBatch());
            } catch (SQLException e) {
                LOG.warnf("SLA sweep of %s stopped: %s; the next sweep takes it up", flag, e.getMessage());
                return total;
            }
            for (SlaFlagger.Flagged ticket : flagged) {
                meters.counter("loopline.sla.flags", "milestone", flag.metricMilestone(), "flag", flag.metricName(),
                        "severity", ticket.severity()).increment();
            }
            total += flagged.size();
            if (flagged.size() < config.sla().sweepBatch()) {
                break;
            }
        }
        if (total > 0) {
            LOG.infof("SLA sweep flagged %d %s in %d ms", total, flag, (System.nanoTime() - started) / 1_000_000);
        }
        return total;
    }
}
