package dev.loopline.escalation;

import java.time.Instant;
import java.util.UUID;

/** An escalation as the API shows it. */
public record EscalationView(UUID id, UUID ticketId, int level, Trigger trigger, String reason, String targetRole,
        Instant raisedAt, String raisedBy, Instant ackDueAt, Instant acknowledgedAt, String acknowledgedBy,
        String ackNote, Instant overdueAt, Instant climbedAt, UUID climbedFrom, boolean open) {

    public static EscalationView from(Escalation e) {
        return new EscalationView(e.id, e.ticketId, e.level, e.trigger, e.reason, e.targetRole, e.raisedAt,
                e.raisedBy, e.ackDueAt, e.acknowledgedAt, e.acknowledgedBy, e.ackNote, e.overdueAt, e.climbedAt,
                e.climbedFrom, e.isOpen());
    }
}
