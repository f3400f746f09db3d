package dev.loopline.escalation;

import dev.loopline.common.ConfigurationCache;
import dev.loopline.common.Durations;
import dev.loopline.common.ProblemException;
import dev.loopline.common.Refreshing;
import dev.loopline.ticket.Severity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** How long each level may wait for acknowledgement, per severity (table escalation_ack_target), and its edits. */
@ApplicationScoped
public class AckTargets {

    @Inject
    Clock clock;

    @Inject
    ConfigurationCache cache;

    /** Every raise reads the targets, so they are kept briefly in memory like the other configuration. */
    private Refreshing<Targets> targets;

    /** The targets as read once, for a batch of raises. */
    public record Targets(Map<String, Duration> byLevelAndSeverity) {

        static String key(int level, String severity) {
            return level + ":" + severity;
        }

        public Instant dueFrom(Instant raisedAt, int level, String severity) {
            Duration target = byLevelAndSeverity.get(key(level, severity));
            if (target == null) {
                // V11 gives every level and severity a row and the API never deletes one: a gap is a broken database
                throw new IllegalStateException("no acknowledgement target for level " + level + ", " + severity);
            }
            return raisedAt.plus(target);
        }
    }

    @PostConstruct
    void init() {
        targets = cache.copyOf(AckTarget::targets);
    }

    public Instant dueFrom(Instant raisedAt, int level, String severity) {
        return read().dueFrom(raisedAt, level, severity);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Targets read() {
        return targets.get();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AckTarget> list() {
        return AckTarget.inOrder();
    }

    /** A new target for one level and severity; escalations raised from now on are due by it. */
    @Transactional
    public AckTarget set(int level, Severity severity, Duration target) {
        long seconds = Durations.targetSeconds("target", target);
        AckTarget row = AckTarget.<AckTarget>findByIdOptional(new AckTarget.Key(level, severity))
                .orElseThrow(() -> ProblemException.notFound("Acknowledgement target", level + "/" + severity));
        row.seconds = seconds;
        row.updatedAt = Instant.now(clock);
        cache.changed("acknowledgement target " + level + "/" + severity);
        return row;
    }
}
