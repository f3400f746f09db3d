package dev.loopline.ticket;

import dev.loopline.timeline.TicketEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-step clocks read off the timeline: each stretch a ticket spent in one state, how long, who owned it then
 * and who moved it on — so a supervisor sees where the time went, not only that it ran out.
 */
public final class StepPeriods {

    /** One stretch in one state; `leftAt` and `leftBy` are null while the ticket is still in it. */
    public record Period(String status, Instant enteredAt, Instant leftAt, long seconds, String heldBy,
            String leftBy) {
    }

    /** The time a ticket was paused, counted on a clock: since acceptance, and since its resolution target began. */
    public record Paused(Duration sinceAcceptance, Duration sinceResolutionStart) {
    }

    private StepPeriods() {
    }

    /** The finished pauses (AWAITING_CUSTOMER stretches) among the periods, counted on `clock`. */
    public static Paused paused(List<Period> periods, SlaClock clock, Instant resolutionStartedAt) {
        Duration all = Duration.ZERO;
        Duration sinceResolutionStart = Duration.ZERO;
        for (Period period : periods) {
            if ("AWAITING_CUSTOMER".equals(period.status()) && period.leftAt() != null) {
                Duration counted = clock.counted(period.enteredAt(), period.leftAt());
                all = all.plus(counted);
                if (!period.enteredAt().isBefore(resolutionStartedAt)) {
                    sinceResolutionStart = sinceResolutionStart.plus(counted);
                }
            }
        }
        return new Paused(all, sinceResolutionStart);
    }

    /** Events oldest first; a state change is an event that changed the status (after.status). */
    public static List<Period> of(List<TicketEvent> events, Instant now) {
        List<Period> periods = new ArrayList<>();
        String status = null;
        Instant enteredAt = null;
        String owner = null;
        String heldBy = null;
        for (TicketEvent event : events) {
            TicketEvents.Payload payload = TicketEvents.read(event.type, event.payload).orElse(null);
            if (status == null) {
                status = "ACCEPTED";
                enteredAt = event.occurredAt;
                owner = payload instanceof TicketEvents.Accepted accepted && accepted.owner() != null
                        ? accepted.owner() : event.actor;
                heldBy = owner;
                continue;
            }
            Fields after = payload instanceof TicketEvents.Change change && change.after() != null
                    ? change.after() : Fields.NONE;
            if (after.owner() != null) {
                owner = after.owner();
            }
            if (after.status() != null) {
                String next = after.status().name();
                periods.add(new Period(status, enteredAt, event.occurredAt,
                        Duration.between(enteredAt, event.occurredAt).toSeconds(), heldBy, event.actor));
                status = next;
                enteredAt = event.occurredAt;
                heldBy = owner;
            }
        }
        if (status != null) {
            Instant end = "CLOSED".equals(status) ? enteredAt : now;
            periods.add(new Period(status, enteredAt, null, Duration.between(enteredAt, end).toSeconds(), heldBy,
                    null));
        }
        return periods;
    }
}
