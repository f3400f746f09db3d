package dev.loopline.workflow;

import dev.loopline.ticket.Severity;
import dev.loopline.ticket.ComplaintClass;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** PATCH /tickets/{id}: each field given is changed; a severity change needs a reason. */
public record TicketPatch(
        Severity severity,
        @Size(max = 500) String severityReason,
        ComplaintClass complaintClass,
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@:-]+", message = "a user or team id") String owner,
        Boolean publicOpinionRisk) {
}
