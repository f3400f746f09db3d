package dev.loopline.ticket;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SLA terms a ticket is held to: one policy version's targets on its clock. `due` is the one due-time
 * arithmetic: every milestone's due time is its start plus its target plus the time it was paused, counted on the
 * policy's clock, so a pause over a weekend moves a working-time target by the working time it covered.
 */
public record SlaTerms(long policyId, String clockName, SlaClock clock, Map<Milestone, Duration> targets,
        int atRiskPercent, int overrunPercent, String currency, Set<String> firstResponseChannels,
        Map<Milestone, BigDecimal> breachCompensation) {

    /** What is being timed (and what a policy's breach compensation is paid for). */
    @Schema(name = "SlaMilestone")
    public enum Milestone { FIRST_RESPONSE, RESOLUTION, ON_SITE_ARRIVAL }

    /** A milestone's due time, the moment its at-risk share of the target has passed, and its overrun point. */
    public record Due(Instant atRiskAt, Instant dueAt, Instant overrunAt) {
    }

    public Due due(Milestone milestone, Instant start, Duration paused) {
        Duration target = targets.get(milestone);
        return new Due(clock.plus(start, share(target, atRiskPercent).plus(paused)),
                clock.plus(start, target.plus(paused)),
                clock.plus(start, target.plus(share(target, overrunPercent)).plus(paused)));
    }

    /** Whether a contact (or STEWARD_ARRIVAL) counts as the first response under this policy. */
    public boolean countsAsFirstResponse(String channel) {
        return firstResponseChannels.contains(channel);
    }

    /** What the given missed milestones earn the customer under this policy, and which earned it. */
    public record Proposal(BigDecimal amount, String currency, List<Milestone> milestones) {

        /** The proposal as a ticket stores it (amount, currency, milestone names), or null when it holds none. */
        public static Proposal stored(BigDecimal amount, String currency, List<String> milestones) {
            return amount == null ? null
                    : new Proposal(amount, currency, milestones.stream().map(Milestone::valueOf).toList());
        }

        /** The milestones by name, as the ticket stores them. */
        public List<String> milestoneNames() {
            return milestones.stream().map(Enum::name).toList();
        }
    }

    public Proposal proposalFor(List<Milestone> missed) {
        List<Milestone> earning = missed.stream().filter(breachCompensation::containsKey).toList();
        if (earning.isEmpty()) {
            return null;
        }
        BigDecimal amount = earning.stream().map(breachCompensation::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Proposal(amount, currency, earning);
    }

    /** Paused time is stored in microseconds, the precision of the stored instants. */
    public static Duration micros(long micros) {
        return Duration.of(micros, ChronoUnit.MICROS);
    }

    public static long toMicros(Duration duration) {
        return duration.toNanos() / 1000;
    }

    private static Duration share(Duration target, int percent) {
        return target.multipliedBy(percent).dividedBy(100);
    }
}
