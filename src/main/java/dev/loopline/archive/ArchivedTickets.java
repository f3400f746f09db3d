package dev.loopline.archive;

import dev.loopline.common.ProblemException;
import dev.loopline.timeline.ChainVerification;
import dev.loopline.timeline.EventView;
import dev.loopline.timeline.TicketEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads a ticket of an archived (or archiving) month: from the archive's tables once moved, from the live ones
 * until then; its timeline from the month's detached partition once detached, from the live timeline until then.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ArchivedTickets {

    private static final String COLUMNS = "t.id, t.number, t.utility, t.category, t.severity, t.status,"
            + " t.accepted_at, s.closed_at, t.timeline_length, t.timeline_head";

    private static final String TICKET = "select " + COLUMNS + ", 'archive' as place"
            + " from archive.ticket t left join archive.ticket_sla s on s.ticket_id = t.id where t.id = ?1"
            + " union all select " + COLUMNS + ", 'live' as place"
            + " from ticket t left join ticket_sla s on s.ticket_id = t.id where t.id = ?1 and "
            + ArchivedMonths.COVERS.formatted("t.accepted_at");

    private static final String EVENTS = "select id, ticket_id, seq, type, actor, actor_role, occurred_at, payload,"
            + " prev_hash, hash, ticket_accepted_at from %s where ticket_id = ?1 and ticket_accepted_at = ?2"
            + " order by seq";

    @Inject
    EntityManager em;

    public ArchivedTicket get(UUID id) {
        // one snapshot: a month detached or moved between the statements would otherwise read as empty
        em.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(TICKET).setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Archived ticket", id);
        }
        Object[] t = rows.get(0);
        Instant acceptedAt = ArchivedMonths.instant(t[6]);
        boolean moved = "archive".equals(t[10]);
        Object[] month = (Object[]) em.createNativeQuery("select to_char(month, 'YYYY-MM'), state, archived_at,"
                + " timeline_table from archive_month where ?1 >= starts_at and ?1 < ends_at")
                .setParameter(1, acceptedAt).getSingleResult();
        String timelineTable = month[3] != null ? (String) month[3] : "ticket_event";
        List<TicketEvent> events = events(timelineTable, id, acceptedAt);
        String prefix = moved ? "archive." : "";
        int escalations = count(prefix + "escalation", id);
        int workOrders = count(prefix + "work_order", id);
        return new ArchivedTicket(id, (String) t[1], (String) t[2], (String) t[3], (String) t[4], (String) t[5],
                acceptedAt, t[7] == null ? null : ArchivedMonths.instant(t[7]), (String) month[0],
                (String) month[1], month[2] == null ? null : ArchivedMonths.instant(month[2]), escalations,
                workOrders, events.stream().map(EventView::from).toList(),
                ChainVerification.of(events, ((Number) t[8]).intValue(), (String) t[9]));
    }

    /** The chain's events as plain objects (not entities: the table may be the archive's). */
    private List<TicketEvent> events(String table, UUID id, Instant acceptedAt) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(EVENTS.formatted(table)).setParameter(1, id)
                .setParameter(2, acceptedAt).getResultList();
        List<TicketEvent> events = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            TicketEvent e = new TicketEvent();
            e.id = (UUID) r[0];
            e.ticketId = (UUID) r[1];
            e.seq = ((Number) r[2]).intValue();
            e.type = (String) r[3];
            e.actor = (String) r[4];
            e.actorRole = (String) r[5];
            e.occurredAt = ArchivedMonths.instant(r[6]);
            e.payload = (String) r[7];
            e.prevHash = (String) r[8];
            e.hash = (String) r[9];
            e.ticketAcceptedAt = ArchivedMonths.instant(r[10]);
            events.add(e);
        }
        return events;
    }

    private int count(String table, UUID id) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where ticket_id = ?1")
                .setParameter(1, id).getSingleResult()).intValue();
    }
}
