package dev.loopline.sla.board;

import dev.loopline.common.CursorPage;
import dev.loopline.hotspot.HotspotView;
import dev.loopline.ticket.TicketSummary;
import dev.loopline.escalation.EscalationReason;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The supervisors' SLA board (DESIGN §7). Each list is a keyset-paged page read from its own partial index, with a
 * cursor parameter of its own (`atRiskCursor`, …); a new list is one more component and one more cursor.
 */
public record BoardView(
        Open open,
        CursorPage<DueTicket> atRisk,
        CursorPage<DueTicket> breached,
        CursorPage<AwaitingAcknowledgement> awaitingAcknowledgement,
        CursorPage<DueTicket> brokenPromises,
        CursorPage<HotspotView> hotspots,
        Period period) {

    /** Open tickets by severity and state, as counted at `asOf`. */
    public record Open(Instant asOf, long total, Map<String, Map<String, Long>> bySeverityAndState) {
    }

    /**
     * A ticket on the at-risk, breached or broken-promise list, with the due time it is ordered by (for a broken
     * promise, the time promised).
     */
    public record DueTicket(Instant dueAt, TicketSummary ticket) {
    }

    /**
     * An open escalation waiting to be acknowledged, with its reason in the reader's language; overdue once its
     * deadline has passed (it climbs soon).
     */
    public record AwaitingAcknowledgement(UUID escalationId, UUID ticketId, String number, int level,
            EscalationReason.Code reasonCode, String reason, String targetRole, Instant ackDueAt, boolean overdue) {
    }

    /** What happened to the tickets accepted in [from, to). */
    public record Period(Instant from, Instant to, long tickets, Map<String, Compliance> compliance,
            Percentiles timeToFirstResponse, Percentiles timeToClose, Satisfaction satisfaction) {
    }

    /** Share of a severity's tickets whose milestone was not breached (so far). */
    public record Compliance(long tickets, Double firstResponse, Double resolution) {
    }

    /** Median and 90th percentile, in seconds; null without data. */
    public record Percentiles(long count, Double medianSeconds, Double p90Seconds) {
    }

    /** Follow-up scores: how many, the average, and the share of 4 or 5. */
    public record Satisfaction(long responses, Double average, Double satisfiedRate) {
    }
}
