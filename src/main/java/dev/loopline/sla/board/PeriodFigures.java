package dev.loopline.sla.board;

import dev.loopline.ticket.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of a period: compliance per severity, time to first response and to close, satisfaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeriodFigures {

    /** The period's figures read through `em` (the replica's when it serves the board). */
    public BoardView.Period period(EntityManager em, Instant from, Instant to) {
        // one pass over the period's tickets: a row per severity and one for all of them (grouping sets)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select severity, grouping(severity), count(*),
                       count(*) filter (where response_breached_at is not null),
                       -- a breach of a target before a reopen stays a breach of the ticket
                       count(*) filter (where resolution_breached_at is not null
                                           or earlier_resolution_breached_at is not null),
                       count(first_response_at),
                       percentile_cont(0.5) within group (order by extract(epoch from first_response_at - accepted_at)),
                       percentile_cont(0.9) within group (order by extract(epoch from first_response_at - accepted_at)),
                       count(closed_at),
                       percentile_cont(0.5) within group (order by extract(epoch from closed_at - accepted_at)),
                       percentile_cont(0.9) within group (order by extract(epoch from closed_at - accepted_at)),
                       count(satisfaction), avg(satisfaction), count(*) filter (where satisfaction >= 4)
                from ticket t join ticket_sla s on s.ticket_id = t.id
                where accepted_at >= ?1 and accepted_at < ?2
                group by grouping sets ((severity), ())""")
                .setParameter(1, from).setParameter(2, to).getResultList();
        Map<String, BoardView.Compliance> compliance = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            compliance.put(severity.name(), new BoardView.Compliance(0, null, null));
        }
        Object[] all = null;
        for (Object[] row : rows) {
            if (number(row[1]) == 1) {
                all = row;
                continue;
            }
            long n = number(row[2]);
            compliance.put((String) row[0], new BoardView.Compliance(n, share(n - number(row[3]), n),
                    share(n - number(row[4]), n)));
        }
        if (all == null) {
            all = new Object[14]; // PostgreSQL answers the total row for a period without tickets too
        }
        long responses = number(all[11]);
        return new BoardView.Period(from, to, number(all[2]), compliance,
                new BoardView.Percentiles(number(all[5]), decimal(all[6]), decimal(all[7])),
                new BoardView.Percentiles(number(all[8]), decimal(all[9]), decimal(all[10])),
                new BoardView.Satisfaction(responses, decimal(all[12]), share(number(all[13]), responses)));
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
