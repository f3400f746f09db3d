package dev.loopline.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.common.Json;
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

    private StepPeriods() {
    }

    /** Events oldest first; a state change is an event whose payload has `after.status`. */
    public static List<Period> of(List<TicketEvent> events, Instant now) {
        List<Period> periods = new ArrayList<>();
        String status = null;
        Instant enteredAt = null;
        String owner = null;
        String heldBy = null;
        for (TicketEvent event : events) {
            JsonNode payload = Json.tree(event.payload);
            if (status == null) {
                status = "ACCEPTED";
                enteredAt = event.occurredAt;
                owner = payload.path("owner").asText(event.actor);
                heldBy = owner;
                continue;
            }
            String newOwner = payload.path("after").path("owner").asText(null);
            if (newOwner != null) {
                owner = newOwner;
            }
            String next = payload.path("after").path("status").asText(null);
            if (next != null) {
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
