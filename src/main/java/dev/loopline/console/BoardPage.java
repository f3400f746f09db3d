package dev.loopline.console;

import dev.loopline.ticket.Severity;
import dev.loopline.ticket.TicketStatus;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.UUID;

/** The board as the page shows it, read from the SLA board and written out in the reader's language. */
@TemplateData
public record BoardPage(String asOf, long openTotal, List<TicketStatus> states, List<OpenRow> open,
        List<DueRow> atRisk, boolean moreAtRisk, List<DueRow> breached, boolean moreBreached,
        List<EscalationRow> escalations, boolean moreEscalations, boolean mayAcknowledgeAny,
        List<DueRow> brokenPromises, boolean moreBrokenPromises, List<HotspotPage.Row> hotspots, boolean moreHotspots,
        PeriodFigures period) {

    /** One severity's open tickets per state. */
    @TemplateData
    public record OpenRow(Severity severity, List<Long> counts, long total) {
    }

    /** A ticket on the at-risk or breached list: `left` is the time left or, when `overdue`, the time past due. */
    @TemplateData
    public record DueRow(UUID id, String number, Severity severity, TicketStatus status, String category,
            String customer, String owner, String dueAt, String left, boolean overdue) {
    }

    /** An escalation awaiting acknowledgement; `mayAcknowledge` says whether this reader may (the server checks). */
    @TemplateData
    public record EscalationRow(UUID id, UUID ticketId, String ticketNumber, int level, String reason,
            String targetRole,
            String ackDue, boolean overdue, boolean mayAcknowledge) {
    }

    /** The period's figures, formatted. */
    @TemplateData
    public record PeriodFigures(long tickets, List<ComplianceRow> compliance, String responseMedian,
            String responseP90, String closeMedian, String closeP90, String satisfied, long responses) {
    }

    /** One severity's compliance. */
    @TemplateData
    public record ComplianceRow(Severity severity, long tickets, String firstResponse, String resolution) {
    }
}
