package dev.loopline.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An escalation of a ticket to a level above its owner, waiting to be acknowledged. */
@Entity
@Table(name = "escalation")
public class Escalation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id")
    public UUID ticketId;

    public int level;

    @Enumerated(EnumType.STRING)
    public Trigger trigger;

    public String reason;

    @Column(name = "target_role")
    public String targetRole;

    @Column(name = "raised_at")
    public Instant raisedAt;

    @Column(name = "raised_by")
    public String raisedBy;

    @Column(name = "ack_due_at")
    public Instant ackDueAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "ack_note")
    public String ackNote;

    @Column(name = "overdue_at")
    public Instant overdueAt;

    @Column(name = "climbed_at")
    public Instant climbedAt;

    @Column(name = "climbed_from")
    public UUID climbedFrom;

    @Version
    public long version;

    /** A new open escalation, not yet persisted (the sweep writes it in bulk, everything else persists it). */
    public static Escalation open(UUID ticketId, int level, Trigger trigger, String reason, String raisedBy,
            Instant at, Instant ackDueAt, UUID climbedFrom) {
        Escalation e = new Escalation();
        e.id = UUID.randomUUID();
        e.ticketId = ticketId;
        e.level = level;
        e.trigger = trigger;
        e.reason = reason;
        e.targetRole = EscalationLadder.targetRole(level);
        e.raisedAt = at;
        e.raisedBy = raisedBy;
        e.ackDueAt = ackDueAt;
        e.climbedFrom = climbedFrom;
        return e;
    }

    public boolean isOpen() {
        return acknowledgedAt == null && climbedAt == null;
    }

    /** What the timeline and the outbox say when it is raised. */
    public Map<String, Object> raisedPayload(String ticketNumber) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("escalationId", id);
        payload.put("number", ticketNumber);
        payload.put("level", level);
        payload.put("trigger", trigger);
        payload.put("reason", reason);
        payload.put("targetRole", targetRole);
        payload.put("ackDueAt", ackDueAt);
        payload.put("climbedFrom", climbedFrom);
        return payload;
    }

    public static Escalation openAt(UUID ticketId, int level) {
        return find("ticketId = ?1 and level = ?2 and acknowledgedAt is null and climbedAt is null", ticketId, level)
                .firstResult();
    }
}
