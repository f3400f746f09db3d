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
                t.acceptedAt, t.responseDueAt, t.resolutionDueAt, t.isAtRisk(), t.isBreached(), t.closedAt);
    }
}
