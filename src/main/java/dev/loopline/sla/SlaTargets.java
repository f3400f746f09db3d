package dev.loopline.sla;

import java.time.Duration;
import java.time.Instant;

/** One severity's targets and the due-time arithmetic over them, on a given clock; pure. */
public record SlaTargets(Duration firstResponse, Duration onSiteArrival, Duration resolution, int atRiskPercent,
        int overrunPercent) {

    /** A milestone's due time and the moment its at-risk share of the target has elapsed. */
    public record Due(Instant atRiskAt, Instant dueAt) {
    }

    /**
     * The ticket's stored due times, computed once from its acceptance time; `resolutionOverrunAt` is a further
     * `overrunPercent` of the resolution target after its due time (level-3 escalation).
     */
    public record TicketDueTimes(Due firstResponse, Due resolution, Instant resolutionOverrunAt) {
    }

    public TicketDueTimes dueFrom(Instant acceptedAt, WorkingTime clock) {
        Due resolutionDue = due(acceptedAt, resolution, clock);
        return new TicketDueTimes(due(acceptedAt, firstResponse, clock), resolutionDue,
                clock.plus(resolutionDue.dueAt(), resolution.multipliedBy(overrunPercent).dividedBy(100)));
    }

    public Due onSiteArrivalFrom(Instant dispatchedAt, WorkingTime clock) {
        return due(dispatchedAt, onSiteArrival, clock);
    }

    private Due due(Instant start, Duration target, WorkingTime clock) {
        Duration atRisk = target.multipliedBy(atRiskPercent).dividedBy(100);
        return new Due(clock.plus(start, atRisk), clock.plus(start, target));
    }
}
