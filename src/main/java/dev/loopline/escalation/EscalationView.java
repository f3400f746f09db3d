package dev.loopline.escalation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** An escalation as the API shows it. */
public record EscalationView(UUID id, UUID ticketId, int level, Trigger trigger, String reason,
        EscalationReason.Code reasonCode, String targetRole,
        Instant raisedAt, String raisedBy, Instant ackDueAt, Instant acknowledgedAt, String acknowledgedBy,
        String ackNote, Instant overdueAt, Instant climbedAt, UUID climbedFrom, Instant closedAt, String closeReason,
        boolean open) {

    /** The escalation with its reason in the reader's language ("en", else Chinese) and times of `zone`. */
    public static EscalationView from(Escalation e, String language, ZoneId zone) {
        return new EscalationView(e.id, e.ticketId, e.level, e.trigger, e.reasonIn("en".equals(language), zone),
                e.reasonCode, e.targetRole, e.raisedAt,
                e.raisedBy, e.ackDueAt, e.acknowledgedAt, e.acknowledgedBy, e.ackNote, e.overdueAt, e.climbedAt,
                e.climbedFrom, e.closedAt, e.closeReason, e.isOpen());
    }
}
