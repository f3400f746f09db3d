package dev.loopline.sla.board;

import dev.loopline.common.Cursor;
import dev.loopline.common.CursorPage;
import dev.loopline.severity.Severity;
import dev.loopline.ticket.Ticket;
import dev.loopline.ticket.TicketSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the board: counts from the snapshot, the two lists from their partial indexes, the period's figures. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SlaBoard {

    private static final String AT_RISK = "closed_at is null and response_breached_at is null"
            + " and resolution_breached_at is null"
            + " and (response_at_risk_flagged_at is not null or resolution_at_risk_flagged_at is not null)";
    private static final String BREACHED = "closed_at is null"
            + " and (response_breached_at is not null or resolution_breached_at is not null)";

    @Inject
    EntityManager em;

    @Inject
    OpenTicketCounts counts;

    public BoardView board(Instant from, Instant to, String atRiskCursor, String breachedCursor, int limit) {
        OpenTicketCounts.Snapshot open = counts.current();
        long total = open.bySeverityAndState().values().stream().flatMap(m -> m.values().stream())
                .mapToLong(Long::longValue).sum();
        return new BoardView(new BoardView.Open(open.asOf(), total, open.bySeverityAndState()),
                dueList(AT_RISK, atRiskCursor, limit), dueList(BREACHED, breachedCursor, limit), period(from, to));
    }

    private CursorPage<BoardView.DueTicket> dueList(String condition, String cursor, int limit) {
        String sql = "select * from ticket where " + condition;
        Cursor after = cursor == null ? null : Cursor.decode(cursor);
        if (after != null) {
            sql += " and (next_due_at, id) > (?1, ?2)";
        }
        Query query = em.createNativeQuery(sql + " order by next_due_at, id limit " + (limit + 1), Ticket.class);
        if (after != null) {
            query.setParameter(1, after.at()).setParameter(2, after.id());
        }
        @SuppressWarnings("unchecked")
        List<Ticket> rows = query.getResultList();
        List<BoardView.DueTicket> items = rows.stream().limit(limit)
                .map(t -> new BoardView.DueTicket(nextDue(t), TicketSummary.from(t))).toList();
        String next = rows.size() > limit ? new Cursor(nextDue(rows.get(limit - 1)), rows.get(limit - 1).id).encode()
                : null;
        return new CursorPage<>(items, next);
    }

    /** The same expression as the generated column next_due_at. */
    static Instant nextDue(Ticket t) {
        if (t.firstResponseAt == null) {
            return t.responseDueAt.isBefore(t.resolutionDueAt) ? t.responseDueAt : t.resolutionDueAt;
        }
        return t.resolutionDueAt;
    }

    private BoardView.Period period(Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> bySeverity = em.createNativeQuery("""
                select severity, count(*),
                       count(*) filter (where response_breached_at is not null),
                       count(*) filter (where resolution_breached_at is not null)
                from ticket where accepted_at >= ?1 and accepted_at < ?2 group by severity""")
                .setParameter(1, from).setParameter(2, to).getResultList();
        Map<String, BoardView.Compliance> compliance = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            compliance.put(severity.name(), new BoardView.Compliance(0, null, null));
        }
        long tickets = 0;
        for (Object[] row : bySeverity) {
            long n = number(row[1]);
            tickets += n;
            compliance.put((String) row[0], new BoardView.Compliance(n, share(n - number(row[2]), n),
                    share(n - number(row[3]), n)));
        }
        Object[] figures = (Object[]) em.createNativeQuery("""
                select count(first_response_at),
                       percentile_cont(0.5) within group (order by extract(epoch from first_response_at - accepted_at)),
                       percentile_cont(0.9) within group (order by extract(epoch from first_response_at - accepted_at)),
                       count(closed_at),
                       percentile_cont(0.5) within group (order by extract(epoch from closed_at - accepted_at)),
                       percentile_cont(0.9) within group (order by extract(epoch from closed_at - accepted_at)),
                       count(satisfaction), avg(satisfaction), count(*) filter (where satisfaction >= 4)
                from ticket where accepted_at >= ?1 and accepted_at < ?2""")
                .setParameter(1, from).setParameter(2, to).getSingleResult();
        long responses = number(figures[6]);
        return new BoardView.Period(from, to, tickets, compliance,
                new BoardView.Percentiles(number(figures[0]), decimal(figures[1]), decimal(figures[2])),
                new BoardView.Percentiles(number(figures[3]), decimal(figures[4]), decimal(figures[5])),
                new BoardView.Satisfaction(responses, decimal(figures[7]), share(number(figures[8]), responses)));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 1000) / 1000.0;
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
