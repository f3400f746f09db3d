package dev.loopline.workflow;

import dev.loopline.phrase.ForbiddenPhrase;
import dev.loopline.phrase.PhraseCheck;
import dev.loopline.security.Actor;
import dev.loopline.sla.SlaPolicies;
import dev.loopline.ticket.SlaTerms;
import dev.loopline.ticket.StepFacts.PhraseHit;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketLock;
import dev.loopline.ticket.TicketEvents;
import dev.loopline.ticket.TicketLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How a step loads a ticket and saves what its transition recorded: the customer-facing text of the new events is
 * checked for forbidden phrases (a hit is a warning and an event, never a refusal), then everything is written to the
 * timeline and the outbox in the caller's transaction.
 */
@ApplicationScoped
public class TicketChanges {

    @Inject
    Clock clock;

    @Inject
    SlaPolicies policies;

    /** Locks the ticket for this transaction, checking If-Match when given. */
    public Ticket load(UUID id, Long expectedVersion) {
        return TicketLock.forChange(id, expectedVersion);
    }

    public Instant now() {
        return Instant.now(clock);
    }

    /** The SLA terms the ticket is held to (its policy version, on that policy's clock). */
    public SlaTerms termsOf(Ticket ticket) {
        return policies.of(ticket.slaPolicyId);
    }

    /** Writes what the ticket recorded; returns the forbidden phrases its customer-facing text used. */
    public List<PhraseHit> save(Ticket ticket, Actor actor) {
        return save(ticket, actor, phraseHits(ticket.recorded()));
    }

    /** The forbidden phrases in the customer-facing text of these events (a hit warns, never refuses). */
    public List<PhraseHit> phraseHits(List<TicketEvents.Payload> events) {
        List<String> phrases = ForbiddenPhrase.activePhrases();
        return events.stream()
                .filter(TicketEvents.CustomerFacing.class::isInstance)
                .flatMap(e -> ((TicketEvents.CustomerFacing) e).customerFacingTexts().entrySet().stream())
                .flatMap(text -> PhraseCheck.hits(text.getKey(), text.getValue(), phrases).stream()).toList();
    }

    /**
     * Writes what the ticket recorded, with the hits already found in its text: one hotspot notice to many tickets
     * is checked once, and each ticket's timeline records the hits.
     */
    public List<PhraseHit> save(Ticket ticket, Actor actor, List<PhraseHit> hits) {
        if (!hits.isEmpty()) {
            ticket.record(new TicketEvents.ForbiddenPhrasesUsed(hits), actor, now());
        }
        TicketLog.write(ticket);
        // a lost race surfaces here, inside the service, rather than at commit
        Ticket.flush();
        return hits;
    }
}
