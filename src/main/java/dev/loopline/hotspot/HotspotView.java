package dev.loopline.hotspot;

import dev.loopline.common.CursorPage;
import dev.loopline.ticket.StepFacts;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketSummary;
import dev.loopline.ticket.Utility;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hotspot as the API shows it; one hotspot's own view adds the first page of its tickets, oldest first, and the
 * cursor of the next (GET /hotspots/{id}/tickets), as a district's outage may gather thousands.
 */
public record HotspotView(UUID id, String rule, Utility utility, String category, List<String> categories,
        String areaCode, Hotspot.Status status, int ticketCount, Instant firstAt, Instant lastAt, Instant openedAt,
        Acknowledgement acknowledgement, Notices notices, Resolution resolution, List<TicketSummary> tickets,
        String ticketsNextCursor) {

    /** Who took the hotspot on, and when. */
    public record Acknowledgement(Instant at, String by, String note) {
    }

    /** The notices sent to its customers: how many, the latest and its text, the restore time last announced. */
    public record Notices(int count, Instant lastAt, String lastText, Instant expectedRestoreAt) {
    }

    /** The shared findings that resolved it. */
    public record Resolution(Instant at, String by, String findings, StepFacts.RootCause rootCause,
            List<StepFacts.Department> responsibleDepartments) {
    }

    /** As lists show it, without its tickets. */
    public static HotspotView from(Hotspot h) {
        return of(h, null, null);
    }

    public static HotspotView withTickets(Hotspot h, CursorPage<Ticket> tickets) {
        return of(h, tickets.items().stream().map(TicketSummary::from).toList(), tickets.nextCursor());
    }

    private static HotspotView of(Hotspot h, List<TicketSummary> tickets, String ticketsNextCursor) {
        return new HotspotView(h.id, h.ruleName, h.utility, h.category, List.copyOf(h.categories), h.areaCode, h.status,
                h.ticketCount, h.firstAt, h.lastAt, h.openedAt,
                h.acknowledgedAt == null ? null : new Acknowledgement(h.acknowledgedAt, h.acknowledgedBy,
                        h.acknowledgeNote),
                new Notices(h.noticeCount, h.lastNoticeAt, h.lastNoticeText, h.expectedRestoreAt),
                h.resolvedAt == null ? null : new Resolution(h.resolvedAt, h.resolvedBy, h.findings, h.rootCause,
                        h.responsibleDepartments),
                tickets, ticketsNextCursor);
    }
}
