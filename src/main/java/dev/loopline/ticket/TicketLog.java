package dev.loopline.ticket;

import dev.loopline.security.Actor;
import dev.loopline.timeline.OutboxEvent;
import dev.loopline.timeline.TicketEvent;
import dev.loopline.timeline.Timeline;
import dev.loopline.timeline.TimelineBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The one way a ticket's events are written: each to the ticket's hash-chained timeline and, when the catalogue
 * routes it outbound, to the outbox, in the caller's transaction. Single changes write through the entity manager;
 * the sweep's batches through {@link TimelineBatch}; both take type and route from the same catalogue entry.
 */
public final class TicketLog {

    private TicketLog() {
    }

    /** The rows of recorded events, chained but not yet persisted. */
    public record Rows(List<TicketEvent> timeline, List<OutboxEvent> outbox) {

        public List<TicketEvent> persist() {
            timeline.forEach(event -> event.persist());
            outbox.forEach(event -> event.persist());
            return timeline;
        }
    }

    /**
     * Chains what the aggregate recorded since the last call (advancing its head) without persisting it: a new ticket
     * is inserted with its final head before the events that refer to it.
     */
    public static Rows chain(ChainedAggregate aggregate) {
        List<TicketEvent> timeline = new ArrayList<>();
        List<OutboxEvent> outbox = new ArrayList<>();
        for (ChainedAggregate.Recorded event : aggregate.takeRecorded()) {
            String type = TicketEvents.typeOf(event.payload());
            TicketEvents.Route route = TicketEvents.routeOf(event.payload());
            if (route.timeline()) {
                timeline.add(Timeline.next(aggregate, type, event.actor(), event.at(), event.payload()));
            }
            if (route.outbox()) {
                outbox.add(OutboxEvent.of(type, aggregate.chainId(), event.at(), event.payload()));
            }
        }
        return new Rows(timeline, outbox);
    }

    /** Writes what the aggregate recorded since the last write; returns the timeline events written. */
    public static List<TicketEvent> write(ChainedAggregate aggregate) {
        return chain(aggregate).persist();
    }

    /** Adds an event of a ticket the batch holds (the caller has the ticket's row locked). */
    public static void append(TimelineBatch batch, UUID ticketId, TicketEvents.Payload payload, Actor actor,
            Instant at) {
        TicketEvents.Route route = TicketEvents.routeOf(payload);
        batch.append(ticketId, TicketEvents.typeOf(payload), route.timeline(), route.outbox(), actor, at, payload);
    }
}
