package dev.loopline.workflow;

import dev.loopline.outbox.OutboxEvent;
import dev.loopline.phrase.ForbiddenPhrase;
import dev.loopline.phrase.PhraseCheck;
import dev.loopline.security.Actor;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketStatus;
import dev.loopline.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a step records a change of a locked ticket (Ticket.lockForChange): on the timeline, with before and after,
 * and for outbound events in the outbox — all in the caller's transaction.
 */
@ApplicationScoped
public class TicketChanges {

    public static final String FORBIDDEN_PHRASE = "text.forbidden_phrase";
    public static final String STEP_COMPLETED = "ticket.step_completed";

    /** Locks the ticket (checking If-Match) and refuses, by the state machine, an action its state does not admit. */
    public Ticket start(UUID id, Long expectedVersion, Action action) {
        Ticket ticket = Ticket.lockForChange(id, expectedVersion);
        ClosedLoop.require(ticket.status, action);
        return ticket;
    }

    /** Appends an event; `details` is the record of what was done, `before`/`after` the fields it changed. */
    public void record(Ticket ticket, String type, Actor actor, Instant at, Map<String, Object> before,
            Map<String, Object> after, Map<String, Object> details) {
        Map<String, Object> payload = new LinkedHashMap<>(details);
        payload.put("before", before);
        payload.put("after", after);
        Timeline.append(ticket, type, actor, at, payload);
        ticket.updatedAt = at;
    }

    /** Moves the ticket to another state, recording the step and announcing it outbound. */
    public void move(Ticket ticket, TicketStatus to, String type, Actor actor, Instant at, Map<String, Object> details) {
        TicketStatus from = ticket.status;
        ticket.status = to;
        record(ticket, type, actor, at, Map.of("status", from), Map.of("status", to), details);
        OutboxEvent.publish(to == TicketStatus.CLOSED ? "ticket.closed" : STEP_COMPLETED, ticket.id, at,
                Map.of("number", ticket.number, "event", type, "from", from, "to", to));
    }

    /** Checks customer-facing text; hits come back as warnings and are recorded, never blocking the agent. */
    public List<PhraseCheck.Hit> checkPhrases(Ticket ticket, Actor actor, Instant at, Map<String, String> texts) {
        List<String> phrases = ForbiddenPhrase.activePhrases();
        List<PhraseCheck.Hit> hits = texts.entrySet().stream()
                .flatMap(e -> PhraseCheck.hits(e.getKey(), e.getValue(), phrases).stream()).toList();
        if (!hits.isEmpty()) {
            record(ticket, FORBIDDEN_PHRASE, actor, at, Map.of(), Map.of(), Map.of("hits", hits));
        }
        return hits;
    }

    /** Makes a lost race surface here, inside the service, rather than at commit. */
    public void flush() {
        Ticket.flush();
    }
}
