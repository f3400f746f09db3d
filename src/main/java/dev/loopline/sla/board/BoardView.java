package dev.loopline.sla.board;

import dev.loopline.common.CursorPage;
import dev.loopline.ticket.TicketSummary;
import java.time.Instant;
import java.util.Map;

/** The supervisors' SLA board (DESIGN §7). */
public record BoardView(
        Open open,
        CursorPage<DueTicket> atRisk,
        CursorPage<DueTicket> breached,
        Period period) {

    /** Open tickets by severity and state, as counted at `asOf`. */
    public record Open(Instant asOf, long total, Map<String, Map<String, Long>> bySeverityAndState) {
    }

    /** A ticket on the at-risk or breached list, with the due time it is ordered by. */
    public record DueTicket(Instant dueAt, TicketSummary ticket) {
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
