package dev.loopline.ticket;

/** What a PATCH may change on a ticket; null leaves a field as it is. */
public record TicketEdit(Severity severity, String severityReason, ComplaintClass complaintClass, String owner,
        Boolean publicOpinionRisk) {

    /** What the authority matrix lets the editor decide. */
    public record Grants(boolean mayDowngradeSeverity, boolean mayChangeClass) {
    }
}
