package dev.loopline.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How long each level may wait for acknowledgement, per severity (table escalation_ack_target). */
@ApplicationScoped
public class AckTargets {

    @Inject
    EntityManager em;

    /** The targets as read once, for a batch of raises. */
    public record Targets(Map<String, Duration> byLevelAndSeverity) {

        public Instant dueFrom(Instant raisedAt, int level, String severity) {
            return raisedAt.plus(byLevelAndSeverity.getOrDefault(level + ":" + severity, Duration.ofHours(1)));
        }
    }

    public Instant dueFrom(Instant raisedAt, int level, String severity) {
        return read().dueFrom(raisedAt, level, severity);
    }

    public Targets read() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select level, severity, seconds from escalation_ack_target")
                .getResultList();
        Map<String, Duration> targets = new HashMap<>();
        for (Object[] row : rows) {
            targets.put(((Number) row[0]).intValue() + ":" + row[1], Duration.ofSeconds(((Number) row[2]).longValue()));
        }
        return new Targets(targets);
    }
}
