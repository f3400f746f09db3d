package dev.loopline.escalation;

import dev.loopline.outbox.OutboxEvent;
import dev.loopline.security.Actor;
import dev.loopline.ticket.Ticket;
import dev.loopline.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ladder climbs by itself: an escalation not acknowledged by its due time raises the next level, once, even
 * with several instances sweeping (rows are claimed with SKIP LOCKED and marked overdue in the same transaction).
 */
@ApplicationScoped
public class EscalationClimb {

    public static final String OVERDUE = "escalation.overdue";

    @Inject
    EntityManager em;

    @Inject
    Escalations escalations;

    /** Climbs one batch of overdue escalations; returns how many were overdue. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int climbBatch(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> overdue = em.createNativeQuery("""
                select e.id from escalation e join ticket t on t.id = e.ticket_id
                where e.ack_due_at <= ?1 and e.acknowledged_at is null and e.overdue_at is null
                  and t.status <> 'CLOSED'
                order by e.ack_due_at limit ?2
                for update of e, t skip locked""", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        for (UUID id : overdue) {
            Escalation e = Escalation.findById(id);
            Ticket ticket = Ticket.findById(e.ticketId, LockModeType.PESSIMISTIC_WRITE);
            e.overdueAt = now;
            int next = EscalationLadder.next(e.level);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("escalationId", e.id);
            payload.put("number", ticket.number);
            payload.put("level", e.level);
            payload.put("ackDueAt", e.ackDueAt);
            payload.put("climbsTo", next == 0 ? null : next);
            Timeline.append(ticket, OVERDUE, Actor.SYSTEM, now, payload);
            OutboxEvent.publish(OVERDUE, ticket.id, now, payload);
            if (next != 0) {
                e.climbedAt = now;
                escalations.raise(ticket, next, e.trigger, "Level " + e.level + " not acknowledged by " + e.ackDueAt
                        + ": " + e.reason, Actor.SYSTEM, now, e.id);
            }
        }
        Escalation.flush();
        return overdue.size();
    }
}
