package dev.loopline.escalation;

import dev.loopline.common.Cursor;
import dev.loopline.common.CursorPage;
import dev.loopline.common.Keyset;
import dev.loopline.outbox.OutboxEvent;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.security.Actor;
import dev.loopline.ticket.Ticket;
import dev.loopline.timeline.Timeline;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Raising, acknowledging and listing escalations; each raise and acknowledgement is on the timeline and outbound. */
@ApplicationScoped
public class Escalations {

    public static final String RAISED = "escalation.raised";
    public static final String ACKNOWLEDGED = "escalation.acknowledged";
    public static final String ALREADY_ACKNOWLEDGED = "ESCALATION_ALREADY_ACKNOWLEDGED";
    public static final String CLIMBED = "ESCALATION_CLIMBED";

    /** The open escalation at the level, and whether this call raised it. */
    public record Raised(Escalation escalation, boolean created) {
    }

    @Inject
    Clock clock;

    @Inject
    AckTargets ackTargets;

    /** Raises at a level unless one is open there already; the ticket must be locked by the caller. */
    public Raised raise(Ticket ticket, int level, Trigger trigger, String reason, Actor actor, Instant at,
            UUID climbedFrom) {
        Escalation open = Escalation.openAt(ticket.id, level);
        if (open != null) {
            return new Raised(open, false);
        }
        Escalation escalation = Escalation.open(ticket.id, level, trigger, reason, actor.id(), at,
                ackTargets.dueFrom(at, level, ticket.severity.name()), climbedFrom);
        escalation.persist();
        Map<String, Object> payload = escalation.raisedPayload(ticket.number);
        Timeline.append(ticket, RAISED, actor, at, payload);
        ticket.updatedAt = at;
        OutboxEvent.publish(RAISED, ticket.id, at, payload);
        return new Raised(escalation, true);
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
        if (escalation.climbedAt != null) {
            throw ProblemException.refusedBy(CLIMBED, ProblemType.RULE_VIOLATED,
                    "Not acknowledged in time, it climbed to the next level; acknowledge that one");
        }
        Ticket ticket = Ticket.findById(escalation.ticketId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        escalation.acknowledgedAt = now;
        escalation.acknowledgedBy = actor.id();
        escalation.ackNote = note;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("escalationId", escalation.id);
        payload.put("number", ticket.number);
        payload.put("level", escalation.level);
        payload.put("note", note);
        payload.put("lateBySeconds", Math.max(0, java.time.Duration.between(escalation.ackDueAt, now).toSeconds()));
        Timeline.append(ticket, ACKNOWLEDGED, actor, now, payload);
        ticket.updatedAt = now;
        OutboxEvent.publish(ACKNOWLEDGED, ticket.id, now, payload);
        Escalation.flush();
        return escalation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<Escalation> list(Boolean open, Integer level, UUID ticketId, String cursor, int limit) {
        List<String> clauses = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (open != null) {
            clauses.add(open ? "acknowledgedAt is null and climbedAt is null"
                    : "(acknowledgedAt is not null or climbedAt is not null)");
        }
        if (level != null) {
            clauses.add("level = :level");
            parameters.and("level", level);
        }
        if (ticketId != null) {
            clauses.add("ticketId = :ticketId");
            parameters.and("ticketId", ticketId);
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
