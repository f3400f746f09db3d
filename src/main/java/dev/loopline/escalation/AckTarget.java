package dev.loopline.escalation;

import dev.loopline.ticket.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How long an escalation of one level and severity may wait for acknowledgement; every pair has a row. */
@Entity
@Table(name = "escalation_ack_target")
@IdClass(AckTarget.Key.class)
public class AckTarget extends PanacheEntityBase {

    /** The row's key: level and severity. */
    public record Key(int level, Severity severity) implements Serializable {
    }

    @Id
    public int level;

    @Id
    @Enumerated(EnumType.STRING)
    public Severity severity;

    public long seconds;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public Duration target() {
        return Duration.ofSeconds(seconds);
    }

    /** By level, then most severe first. */
    public static List<AckTarget> inOrder() {
        return AckTarget.<AckTarget>listAll().stream()
                .sorted(Comparator.<AckTarget>comparingInt(t -> t.level).thenComparing(t -> t.severity)).toList();
    }

    /** Read through {@link AckTargets}, which keeps them briefly in memory. */
    static AckTargets.Targets targets() {
        Map<String, Duration> byKey = AckTarget.<AckTarget>listAll().stream()
                .collect(Collectors.toUnmodifiableMap(t -> AckTargets.Targets.key(t.level, t.severity.name()),
                        AckTarget::target));
        return new AckTargets.Targets(byKey);
    }
}
