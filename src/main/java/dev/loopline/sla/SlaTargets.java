package dev.loopline.sla;

import java.time.Duration;
import java.time.Instant;

/** One severity's targets and the due-time arithmetic over them; pure, so it is tested without Quarkus. */
public record SlaTargets(Duration firstResponse, Duration onSiteArrival, Duration resolution, String clock,
        int atRiskPercent) {

    public static final String TWENTY_FOUR_SEVEN = "24x7";

    /** A milestone's due time and the moment its at-risk share of the target has elapsed. */
    public record Due(Instant atRiskAt, Instant dueAt) {
    }

    /** The ticket's stored due times, computed once from its acceptance time. */
    public record TicketDueTimes(Due firstResponse, Due resolution) {
    }

    public TicketDueTimes dueFrom(Instant acceptedAt) {
        return new TicketDueTimes(due(acceptedAt, firstResponse), due(acceptedAt, resolution));
    }

    public Due onSiteArrivalFrom(Instant dispatchedAt) {
        return due(dispatchedAt, onSiteArrival);
    }

    private Due due(Instant start, Duration target) {
        if (!TWENTY_FOUR_SEVEN.equals(clock)) {
            throw new IllegalStateException("SLA clock " + clock + " is not known");
        }
        Duration atRisk = target.multipliedBy(atRiskPercent).dividedBy(100);
        return new Due(start.plus(atRisk), start.plus(target));
    }
}
