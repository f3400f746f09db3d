package dev.loopline.report;

import dev.loopline.ticket.SlaTerms;
import dev.loopline.ticket.TicketEvents;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The written handling report (书面处理报告) of a closed ticket: what the customer receives, in their language.
 * Enum-like fields hold codes (e.g. rootCause "PRODUCT") for staff; the customer's copy (HTML, PDF) shows labels from
 * {@link ReportLabels} and leaves internal ones (severity, root-cause class) out.
 */
public record HandlingReport(
        String number,
        String language,
        Organisation organisation,
        LocalDate issuedOn,
        Instant acceptedAt,
        Instant closedAt,
        Complaint complaint,
        Findings findings,
        List<Measurement> measurements,
        Agreement agreement,
        Compensation compensation,
        FollowUp followUp) {

    /** The utility that issues the report, in the report's language; address may be absent. */
    public record Organisation(String name, String hotline, String address) {
    }

    /** A steward's reading from a completed field work order, e.g. indoor_temperature 17.5 °C. */
    public record Measurement(String name, BigDecimal value, String unit) {
    }

    /** The complaint as logged. `categoryLabel` is already in the report's language. */
    public record Complaint(String customerName, String address, String utility, String category,
            String categoryLabel, String description, Instant occurredAt, String severity) {
    }

    /** Step 2: what the investigation found. */
    public record Findings(String text, String rootCause, List<Department> departments, String recordedBy,
            Instant recordedAt) {
    }

    /** A responsible department; role is PRIMARY or SECONDARY. */
    public record Department(String name, String role) {
    }

    /** Step 3: the solutions proposed, the one agreed (index into options) and the promised completion. */
    public record Agreement(List<String> options, int agreedOption, String singleOptionReason, Instant promisedBy,
            Instant recordedAt) {

        public String agreedSolution() {
            return options.get(agreedOption);
        }
    }

    /** Step 4: the compensation given; type NONE comes with a reason and no amount. */
    /** What the customer was given; `proposal` is what a missed SLA milestone earned, and `proposalDecision` the answer. */
    public record Compensation(String type, BigDecimal amount, String currency, String reason, String approvedBy,
            Instant recordedAt, SlaTerms.Proposal proposal, TicketEvents.ProposalDecision proposalDecision) {
    }

    /** Step 5: the callback (回访). */
    public record FollowUp(int satisfaction, String comment, Instant recordedAt) {
    }
}
