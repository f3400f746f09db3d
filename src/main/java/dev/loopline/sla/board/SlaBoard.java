package dev.loopline.sla.board;

import dev.loopline.common.Cursor;
import dev.loopline.common.CursorPage;
import dev.loopline.common.Keyset;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Reads the board: counts and the default period from the snapshot, the two lists from their partial indexes. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SlaBoard {

    private static final String AT_RISK = "s.closed_at is null and s.response_breached_at is null"
            + " and s.resolution_breached_at is null"
            + " and (s.response_at_risk_flagged_at is not null or s.resolution_at_risk_flagged_at is not null)";
    private static final String BREACHED = "s.closed_at is null"
            + " and (s.response_breached_at is not null or s.resolution_breached_at is not null)";

    @Inject
    EntityManager em;

    @Inject
    BoardSnapshot snapshot;

    @Inject
    PeriodFigures figures;

    /** The board; without `from` and `to` the period is the default one, taken in the background. */
    public BoardView board(Instant from, Instant to, String atRiskCursor, String breachedCursor, int limit) {
        BoardSnapshot.Snapshot latest = snapshot.current();
        long total = latest.bySeverityAndState().values().stream().flatMap(m -> m.values().stream())
                .mapToLong(Long::longValue).sum();
        BoardView.Period period = from == null && to == null ? latest.defaultPeriod() : figures.period(from, to);
        return new BoardView(new BoardView.Open(latest.asOf(), total, latest.bySeverityAndState()),
                dueList(AT_RISK, atRiskCursor, limit), dueList(BREACHED, breachedCursor, limit), period);
    }

    private CursorPage<BoardView.DueTicket> dueList(String condition, String cursor, int limit) {
        String sql = "select t.*, s.* from ticket_sla s join ticket t on t.id = s.ticket_id where " + condition;
        Cursor after = cursor == null ? null : Cursor.decode(cursor);
        if (after != null) {
            sql += " and (s.next_due_at, s.ticket_id) > (?1, ?2)";
        }
        Query query = em.createNativeQuery(sql + " order by s.next_due_at, s.ticket_id limit " + (limit + 1),
                Ticket.class);
        if (after != null) {
            query.setParameter(1, after.at()).setParameter(2, after.id());
        }
        @SuppressWarnings("unchecked")
        List<Ticket> rows = query.getResultList();
        return Keyset.page(rows, limit, t -> new Cursor(nextDue(t), t.id))
                .map(t -> new BoardView.DueTicket(nextDue(t), TicketSummary.from(t)));
    }

    /** The same expression as the generated column next_due_at. */
    static Instant nextDue(Ticket t) {
        if (t.firstResponseAt == null) {
            return t.responseDueAt.isBefore(t.resolutionDueAt) ? t.responseDueAt : t.resolutionDueAt;
        }
        return t.resolutionDueAt;
    }

}
