package dev.loopline.escalation;

import dev.loopline.common.Cursor;
import dev.loopline.common.CursorPage;
import dev.loopline.common.Keyset;
import dev.loopline.common.LooplineConfig;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.security.Actor;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketLock;
import dev.loopline.ticket.TicketEvents;
import dev.loopline.ticket.TicketLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Raising, acknowledging and listing escalations; each raise and acknowledgement is on the timeline and outbound. */
@ApplicationScoped
public class Escalations {

    public static final String ALREADY_ACKNOWLEDGED = "ESCALATION_ALREADY_ACKNOWLEDGED";
    public static final String CLIMBED = "ESCALATION_CLIMBED";
    public static final String CLOSED = "ESCALATION_CLOSED";

    /** The open escalation at the level, and whether this call raised it. */
    public record Raised(Escalation escalation, boolean created) {
    }

    @Inject
    Clock clock;

    @Inject
    AckTargets ackTargets;

    @Inject
    LooplineConfig config;

    /**
     * Raises at a level unless one is open there already. The ticket must be locked by the caller, who writes what
     * the ticket recorded (TicketLog).
     */
    public Raised raise(Ticket ticket, int level, Trigger trigger, EscalationReason reason, Actor actor, Instant at,
            UUID climbedFrom) {
        Escalation open = Escalation.openAt(ticket.id, level);
        if (open != null) {
            return new Raised(open, false);
        }
        Escalation escalation = Escalation.open(ticket.id, level, trigger, reason, config.zone(), actor.id(), at,
                ackTargets.dueFrom(at, level, ticket.severity.name()), climbedFrom);
        escalation.persist();
        ticket.record(escalation.raised(ticket.number), actor, at);
        return new Raised(escalation, true);
    }

    /** Closing a ticket closes its open escalations: nobody is asked to acknowledge a closed ticket's escalation. */
    public void closeOpen(Ticket ticket, Actor actor, Instant at) {
        for (Escalation escalation : Escalation.openOf(ticket.id)) {
            escalation.closedAt = at;
            escalation.closeReason = "ticket closed";
            ticket.record(new TicketEvents.EscalationClosed(escalation.id, ticket.number, escalation.level,
                    escalation.closeReason), actor, at);
        }
    }

    @Transactional
    public Escalation acknowledge(UUID id, Actor actor, String note) {
        Escalation escalation = Escalation.<Escalation>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Escalation", id));
        EscalationLadder.requireMayAcknowledge(escalation.level, actor.roles());
        if (escalation.acknowledgedAt != null) {
            throw ProblemException.refusedBy(ALREADY_ACKNOWLEDGED, ProblemType.RULE_VIOLATED,
                    "Acknowledged by " + escalation.acknowledgedBy + " at " + escalation.acknowledgedAt);
        }
        if (escalation.closedAt != null) {
            throw ProblemException.refusedBy(CLOSED, ProblemType.RULE_VIOLATED,
                    "Closed at " + escalation.closedAt + " (" + escalation.closeReason + "); nothing to acknowledge");
        }
        if (escalation.climbedAt != null) {
            throw ProblemException.refusedBy(CLIMBED, ProblemType.RULE_VIOLATED,
                    "Not acknowledged in time, it climbed to the next level; acknowledge that one");
        }
        Ticket ticket = TicketLock.forChange(escalation.ticketId, null);
        Instant now = Instant.now(clock);
        escalation.acknowledgedAt = now;
        escalation.acknowledgedBy = actor.id();
        escalation.ackNote = note;
        ticket.record(new TicketEvents.EscalationAcknowledged(escalation.id, ticket.number, escalation.level, note,
                Math.max(0, Duration.between(escalation.ackDueAt, now).toSeconds())), actor, now);
        TicketLog.write(ticket);
        Escalation.flush();
        return escalation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<Escalation> list(Boolean open, Integer level, UUID ticketId, String cursor, int limit) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (open != null) {
            clauses.add(open ? Escalation.OPEN : "not (" + Escalation.OPEN + ")");
        }
        if (level != null) {
            clauses.add("level = :level");
            parameters.put("level", level);
        }
        if (ticketId != null) {
            clauses.add("ticketId = :ticketId");
            parameters.put("ticketId", ticketId);
        }
        return Keyset.newestFirst((q, p) -> Escalation.find(q, p), clauses, parameters, "raisedAt",
                e -> new Cursor(e.raisedAt, e.id), cursor, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Escalation get(UUID id) {
        Escalation escalation = Escalation.<Escalation>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Escalation", id));
        return escalation;
    }
}
