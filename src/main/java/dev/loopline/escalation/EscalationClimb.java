package dev.loopline.escalation;

import dev.loopline.common.LooplineConfig;
import dev.loopline.security.Actor;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketLock;
import dev.loopline.ticket.TicketEvents;
import dev.loopline.ticket.TicketLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The ladder climbs by itself: an escalation not acknowledged by its due time raises the next level, once, even
 * with several instances sweeping (rows are claimed with SKIP LOCKED and marked overdue in the same transaction).
 */
@ApplicationScoped
public class EscalationClimb {

    private static final Logger LOG = Logger.getLogger(EscalationClimb.class);

    @Inject
    EntityManager em;

    @Inject
    Escalations escalations;

    @Inject
    LooplineConfig config;

    @Inject
    MeterRegistry meters;

    /** Climbs every overdue escalation, in bounded batches; returns how many were overdue. */
    public int climbOverdue(Instant now) {
        int batchSize = config.sla().sweepBatch() / 10;
        int total = 0;
        for (int batch = 0; batch < config.sla().sweepMaxBatches(); batch++) {
            int overdue = climbBatch(now, batchSize);
            total += overdue;
            if (overdue < batchSize) {
                break;
            }
        }
        if (total > 0) {
            meters.counter("loopline.escalations.overdue").increment(total);
            LOG.infof("escalation climb: %d overdue", total);
        }
        return total;
    }

    /** Climbs one batch of overdue escalations; returns how many were overdue. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int climbBatch(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> overdue = em.createNativeQuery("""
                select e.id from escalation e join ticket t on t.id = e.ticket_id
                where e.ack_due_at <= ?1 and e.acknowledged_at is null and e.overdue_at is null
                  and e.closed_at is null
                order by e.ack_due_at limit ?2
                for update of e, t skip locked""", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        for (UUID id : overdue) {
            Escalation e = Escalation.findById(id);
            Ticket ticket = TicketLock.forChange(e.ticketId, null);
            e.overdueAt = now;
            int next = EscalationLadder.next(e.level);
            ticket.record(new TicketEvents.EscalationOverdue(e.id, ticket.number, e.level, e.ackDueAt,
                    next == 0 ? null : next), Actor.SYSTEM, now);
            if (next != 0) {
                // the lower level ends here, whether the next one is raised now or was open already
                e.climbedAt = now;
                escalations.raise(ticket, next, e.trigger, new EscalationReason(EscalationReason.Code.NOT_ACKNOWLEDGED,
                        Integer.toString(e.level), e.ackDueAt), Actor.SYSTEM, now, e.id);
            }
            TicketLog.write(ticket);
        }
        Escalation.flush();
        return overdue.size();
    }
}
