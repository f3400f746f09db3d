package dev.loopline.sla.board;

import dev.loopline.severity.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    EntityManager em;

    public BoardView.Period period(Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> bySeverity = em.createNativeQuery("""
                select severity, count(*),
                       count(*) filter (where response_breached_at is not null),
                       count(*) filter (where resolution_breached_at is not null)
                from ticket t join ticket_sla s on s.ticket_id = t.id
                where accepted_at >= ?1 and accepted_at < ?2 group by severity""")
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
                from ticket t join ticket_sla s on s.ticket_id = t.id
                where accepted_at >= ?1 and accepted_at < ?2""")
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
