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

    public Instant dueFrom(Instant raisedAt, int level, String severity) {
        return raisedAt.plus(all().getOrDefault(level + ":" + severity, Duration.ofHours(1)));
    }

    public Map<String, Duration> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select level, severity, seconds from escalation_ack_target")
                .getResultList();
        Map<String, Duration> targets = new HashMap<>();
        for (Object[] row : rows) {
            targets.put(((Number) row[0]).intValue() + ":" + row[1], Duration.ofSeconds(((Number) row[2]).longValue()));
        }
        return targets;
    }
}
