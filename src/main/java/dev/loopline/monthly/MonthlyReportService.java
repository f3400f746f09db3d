package dev.loopline.monthly;

import dev.loopline.archive.ArchivedMonths;
import dev.loopline.category.CategoryService;
import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.common.Reads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Computes the monthly report from a few aggregate queries over the two months' tickets and the hotspot table. */
@ApplicationScoped
public class MonthlyReportService {

    /**
     * The two months' tickets in one pass over their range of ticket_list_order (which carries every ticket column
     * the report groups by, V19), hash-joined with their SLA rows; repeats and arrival breaches are hashes of small
     * sets (written as joins, not EXISTS, so PostgreSQL may run the whole query in parallel workers).
     * Every figure is a count, so the rows roll up into totals, categories and utilities in Java.
     */
    static final String ROWS = """
            select t.accepted_at >= :from, t.utility, t.category, coalesce(t.root_cause, 'UNKNOWN'),
                   t.primary_department,
                   count(*),
                   count(r.ticket_id),
                   count(s.response_breached_at),
                   -- a breach of a target before a reopen stays a breach of the ticket
                   count(*) filter (where s.resolution_breached_at is not null
                                       or s.earlier_resolution_breached_at is not null),
                   count(w.ticket_id),
                   count(s.closed_at),
                   count(t.satisfaction), coalesce(sum(t.satisfaction), 0),
                   count(*) filter (where t.satisfaction >= 4),
                   count(s.promised_by),
                   count(*) filter (where s.promise_met_at is not null and s.promise_broken_at is null),
                   count(s.promise_broken_at)
            from ticket t
            join ticket_sla s on s.ticket_id = t.id
            left join (select distinct ticket_id from ticket_repeat) r on r.ticket_id = t.id
            left join (select distinct ticket_id from work_order where arrival_breached_at is not null) w
                   on w.ticket_id = t.id
            where t.accepted_at >= :previous and t.accepted_at < :to
            group by 1, 2, 3, 4, 5""";

    /** The median time to close of the month's closed tickets, per category and over all of them. */
    static final String MEDIANS = """
            select t.category, grouping(t.category),
                   percentile_cont(0.5) within group (order by extract(epoch from s.closed_at - t.accepted_at))
            from ticket t join ticket_sla s on s.ticket_id = t.id
            where t.accepted_at >= :from and t.accepted_at < :to and s.closed_at is not null
            group by grouping sets ((t.category), ())""";

    /** The hotspots opened in the month (hotspot_list_order), oldest first. */
    static final String HOTSPOTS = """
            select id, utility, category, area_code, status, ticket_count, first_at, opened_at from hotspot
            where opened_at >= :from and opened_at < :to order by opened_at, id""";

    @Inject
    Reads reads;

    @Inject
    CategoryService categories;

    @Inject
    Clock clock;

    @Inject
    ArchivedMonths archivedMonths;

    /**
     * The report of a month, read from the replica when it may serve it; labels in the reader's language ("en", else
     * Chinese).
     */
    public MonthlyReport report(ReportMonth month, String language) {
        if (archivedMonths.covers(month.from())) {
            throw new ProblemException(ProblemType.ARCHIVED, "The tickets of " + month + " are archived (README"
                    + " \"The archive of closed tickets\"); each is read at /api/v1/archive/tickets/{id}");
        }
        boolean english = "en".equals(language);
        return reads.readInTransaction(em -> {
            // a million rows hash-joined: room for the hash in memory, and no JIT compilation that costs more than it
            // saves (both for this transaction only)
            em.createNativeQuery("select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)")
                    .getSingleResult();
            List<MonthlyRollup.Row> rows = rows(em, month);
            return MonthlyRollup.report(month, rows, medians(em, month), code -> categories.labelOrCode(code, english),
                    hotspots(em, month, english), Instant.now(clock));
        });
    }

    private List<MonthlyRollup.Row> rows(EntityManager em, ReportMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(ROWS).setParameter("from", month.from())
                .setParameter("previous", month.previous().from()).setParameter("to", month.to()).getResultList();
        return result.stream().map(r -> new MonthlyRollup.Row((Boolean) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], count(r[5]), count(r[6]), count(r[7]), count(r[8]), count(r[9]),
                count(r[10]), count(r[11]), count(r[12]), count(r[13]), count(r[14]), count(r[15]), count(r[16])))
                .toList();
    }

    private MonthlyRollup.Medians medians(EntityManager em, ReportMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(MEDIANS).setParameter("from", month.from())
                .setParameter("to", month.to()).getResultList();
        Map<String, Double> byCategory = new HashMap<>();
        Double overall = null;
        for (Object[] row : result) {
            Double median = row[2] == null ? null : Math.round(((Number) row[2]).doubleValue() * 1000) / 1000.0;
            if (count(row[1]) == 1) {
                overall = median;
            } else {
                byCategory.put((String) row[0], median);
            }
        }
        return new MonthlyRollup.Medians(byCategory, overall);
    }

    private List<MonthlyReport.Hotspot> hotspots(EntityManager em, ReportMonth month, boolean english) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(HOTSPOTS).setParameter("from", month.from())
                .setParameter("to", month.to()).getResultList();
        return result.stream().map(r -> new MonthlyReport.Hotspot((UUID) r[0], (String) r[1], (String) r[2],
                categories.labelOrCode((String) r[2], english), (String) r[3],
                (String) r[4], (int) count(r[5]), instant(r[6]), instant(r[7]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp time ? time.toInstant() : (Instant) value;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
