package dev.loopline.ticket;

import dev.loopline.ticket.Severity;
import java.time.Instant;
import java.util.UUID;

/** A ticket as lists show it: enough to pick it out, with the phone masked. */
public record TicketSummary(
        UUID id,
        String number,
        TicketStatus status,
        Utility utility,
        Channel channel,
        String category,
        Severity severity,
        ComplaintClass complaintClass,
        String customerName,
        String customerPhone,
        String customerAccount,
        String areaCode,
        String owner,
        Instant acceptedAt,
        Instant responseDueAt,
        Instant resolutionDueAt,
        boolean atRisk,
        boolean breached,
        Instant closedAt) {

    public static TicketSummary from(Ticket t) {
        return new TicketSummary(t.id, t.number, t.status, t.utility, t.channel, t.category, t.severity,
                t.complaintClass, t.customerName, Phones.mask(t.customerPhone), t.customerAccount, t.areaCode, t.owner,
                t.acceptedAt, t.responseDueAt, t.resolutionDueAt, atRisk(t), breached(t), t.closedAt);
    }

    /** A milestone of the current targets was breached. */
    static boolean breached(Ticket t) {
        return t.responseBreachedAt != null || t.resolutionBreachedAt != null;
    }

    /** Open, flagged at risk and not breached (TicketFilter's atRisk and the board's list say the same). */
    static boolean atRisk(Ticket t) {
        return t.status.isOpen() && !breached(t)
                && (t.responseAtRiskFlaggedAt != null || t.resolutionAtRiskFlaggedAt != null);
    }
}
