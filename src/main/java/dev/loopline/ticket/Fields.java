package dev.loopline.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** The ticket's fields an event changed (its `before` and `after`); only those it changed are set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fields(TicketStatus status, Severity severity, ComplaintClass complaintClass, String owner,
        Boolean publicOpinionRisk, Instant firstResponseAt, Instant responseDueAt, Instant resolutionDueAt,
        String closureSignedOffBy) {

    public static final Fields NONE = new Fields(null, null, null, null, null, null, null, null, null);

    public static Fields status(TicketStatus status) {
        return NONE.withStatus(status);
    }

    public Fields withStatus(TicketStatus value) {
        return new Fields(value, severity, complaintClass, owner, publicOpinionRisk, firstResponseAt,
                responseDueAt, resolutionDueAt, closureSignedOffBy);
    }

    public Fields withSeverity(Severity value) {
        return new Fields(status, value, complaintClass, owner, publicOpinionRisk, firstResponseAt, responseDueAt,
                resolutionDueAt, closureSignedOffBy);
    }

    public Fields withComplaintClass(ComplaintClass value) {
        return new Fields(status, severity, value, owner, publicOpinionRisk, firstResponseAt, responseDueAt,
                resolutionDueAt, closureSignedOffBy);
    }

    public Fields withOwner(String value) {
        return new Fields(status, severity, complaintClass, value, publicOpinionRisk, firstResponseAt,
                responseDueAt, resolutionDueAt, closureSignedOffBy);
    }

    public Fields withPublicOpinionRisk(boolean value) {
        return new Fields(status, severity, complaintClass, owner, value, firstResponseAt, responseDueAt,
                resolutionDueAt, closureSignedOffBy);
    }

    public Fields withFirstResponseAt(Instant value) {
        return new Fields(status, severity, complaintClass, owner, publicOpinionRisk, value, responseDueAt,
                resolutionDueAt, closureSignedOffBy);
    }

    public Fields withDueTimes(Instant response, Instant resolution) {
        return new Fields(status, severity, complaintClass, owner, publicOpinionRisk, firstResponseAt, response,
                resolution, closureSignedOffBy);
    }

    public Fields withResolutionDueAt(Instant value) {
        return withDueTimes(responseDueAt, value);
    }

    public Fields withClosureSignedOffBy(String value) {
        return new Fields(status, severity, complaintClass, owner, publicOpinionRisk, firstResponseAt,
                responseDueAt, resolutionDueAt, value);
    }
}
