package dev.loopline.ticket;

import dev.loopline.ticket.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** One ticket as the API shows it, with its SLA clocks and the tickets it repeats. */
public record TicketView(
        UUID id,
        String number,
        TicketStatus status,
        Utility utility,
        Channel channel,
        String category,
        CustomerView customer,
        String address,
        String areaCode,
        String description,
        Instant occurredAt,
        Instant acceptedAt,
        String acceptedBy,
        Severity severity,
        Severity suggestedSeverity,
        List<String> severityRules,
        String severityReason,
        ComplaintClass complaintClass,
        boolean publicOpinionRisk,
        String owner,
        List<RepeatView> repeatOf,
        UUID hotspotId,
        SlaView sla,
        List<StepPeriods.Period> steps,
        Outcomes outcomes,
        SlaTerms.Proposal compensationProposal,
        Instant closedAt,
        long version) {

    /** What the steps decided so far: the current values; the full records are on the timeline. */
    public record Outcomes(int contacts, String rootCause, String primaryDepartment, Instant promisedBy,
            String compensationType, BigDecimal compensationAmount, String compensationCurrency,
            String compensationRequestedBy, String closureSignedOffBy, Short satisfaction, int reopenCount) {

        static Outcomes from(Ticket t) {
            return new Outcomes(t.contactCount, t.rootCause, t.primaryDepartment, t.promisedBy, t.compensationType,
                    t.compensationAmount, t.compensationCurrency, t.compensationRequestedBy, t.closureSignedOffBy,
                    t.satisfaction, t.reopenCount);
        }
    }

    /** WHO, in full: only a single ticket's view shows the whole phone number. */
    public record CustomerView(String name, String phone, String accountNo, Set<Vulnerability> vulnerabilities,
            String language) {
    }

    /** An earlier ticket this one repeats. */
    public record RepeatView(UUID id, String number, Instant acceptedAt, TicketStatus status) {
    }

    /**
     * The ticket's SLA clocks: each milestone's due time, whether it was met, flagged at risk or breached; and the
     * agreement's promise (due at promisedBy, met when the compensation step is done, else broken), once agreed.
     */
    public record SlaView(String clock, boolean paused, Instant pausedAt, long pausedSeconds,
            Milestone firstResponse, Milestone resolution, Milestone promise) {

        static SlaView from(Ticket t) {
            return new SlaView(t.slaClock, t.pausedAt != null, t.pausedAt, t.pausedSeconds,
                    new Milestone(t.responseDueAt, t.responseAtRiskAt, t.firstResponseAt,
                            t.responseAtRiskFlaggedAt != null, t.responseBreachedAt != null, t.responseBreachedAt),
                    new Milestone(t.resolutionDueAt, t.resolutionAtRiskAt, t.closedAt,
                            t.resolutionAtRiskFlaggedAt != null, t.resolutionBreachedAt != null,
                            t.resolutionBreachedAt),
                    t.promisedBy == null ? null : new Milestone(t.promisedBy, null, t.promiseMetAt, false,
                            t.promiseBrokenAt != null, t.promiseBrokenAt));
        }
    }

    /** One SLA milestone. */
    public record Milestone(Instant dueAt, Instant atRiskAt, Instant metAt, boolean atRisk, boolean breached,
            Instant breachedAt) {
    }

    public static TicketView from(Ticket t, List<RepeatView> repeats, List<StepPeriods.Period> steps) {
        Set<Vulnerability> vulnerabilities = t.customerVulnerabilities.stream().map(Vulnerability::valueOf)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        return new TicketView(t.id, t.number, t.status, t.utility, t.channel, t.category,
                new CustomerView(t.customerName, t.customerPhone, t.customerAccount, vulnerabilities,
                        t.customerLanguage),
                t.address, t.areaCode, t.description, t.occurredAt, t.acceptedAt, t.acceptedBy, t.severity,
                t.suggestedSeverity, List.copyOf(t.severityRules), t.severityReason, t.complaintClass,
                t.publicOpinionRisk, t.owner,
                repeats.stream().sorted(Comparator.comparing(RepeatView::acceptedAt)).toList(), t.hotspotId,
                SlaView.from(t), steps, Outcomes.from(t), t.proposal(), t.closedAt, t.version);
    }
}
