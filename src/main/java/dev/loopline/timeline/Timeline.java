package dev.loopline.timeline;

import dev.loopline.common.Json;
import dev.loopline.security.Actor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The hash chain of a ticket's timeline: each event's hash covers its content and its predecessor's hash. */
public final class Timeline {

    public static final String GENESIS = "0".repeat(64);

    private Timeline() {
    }

    /**
     * The next event of the chain, advancing the chain but not yet persisted: a new ticket takes its first event
     * this way so that the ticket is inserted once, with its chain head, before the event that refers to it.
     */
    public static TicketEvent next(Chained chain, String type, Actor actor, Instant at, Object payload) {
        TicketEvent event = new TicketEvent();
        event.id = UUID.randomUUID();
        event.ticketId = chain.chainId();
        event.ticketAcceptedAt = chain.chainStartedAt();
        event.seq = chain.chainLength() + 1;
        event.type = type;
        event.actor = actor.id();
        event.actorRole = actor.role();
        event.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        event.payload = Json.canonical(payload);
        event.prevHash = chain.chainHead();
        event.hash = hashOf(event);
        chain.advanceChain(event.seq, event.hash);
        return event;
    }

    /** The hash an event must carry, given its content and its stored predecessor hash. */
    public static String hashOf(TicketEvent event) {
        String content = String.join("\n", event.prevHash, event.ticketId.toString(), Integer.toString(event.seq),
                event.type, event.actor, event.actorRole, event.occurredAt.toString(), event.payload);
        return Json.sha256(content);
    }
}
