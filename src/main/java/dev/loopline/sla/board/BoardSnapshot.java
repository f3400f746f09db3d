package dev.loopline.sla.board;

import dev.loopline.common.LooplineConfig;
import dev.loopline.common.Reads;
import dev.loopline.ticket.Severity;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the board shows of all tickets — open tickets by severity and state, and the figures of the default period
 * (the last 30 days) — taken in the background every few seconds: over a million tickets, computing them on every
 * request would cost far more than an answer a few seconds fresher is worth.
 */
@ApplicationScoped
public class BoardSnapshot {

    public static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    /** The counts and when they were taken; the default period's figures (taken less often: they cost more). */
    public record Snapshot(Instant asOf, Map<String, Map<String, Long>> bySeverityAndState,
            BoardView.Period defaultPeriod) {

        long total(Severity severity) {
            return bySeverityAndState.getOrDefault(severity.name(), Map.of()).values().stream()
                    .mapToLong(Long::longValue).sum();
        }
    }

    private final AtomicReference<Snapshot> latest = new AtomicReference<>();

    @Inject
    EntityManager em;

    @Inject
    Reads reads;

    @Inject
    Clock clock;

    @Inject
    PeriodFigures figures;

    @Inject
    LooplineConfig config;

    void registerGauges(@Observes StartupEvent start, MeterRegistry meters) {
        for (Severity severity : Severity.values()) {
            Gauge.builder("loopline.tickets.open", this, counts -> counts.current().total(severity))
                    .tag("severity", severity.name()).description("Open tickets").register(meters);
        }
    }

    @Scheduled(identity = "board-snapshot", every = "${loopline.sla.board-refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledRefresh() {
        refresh();
    }

    /** The latest snapshot; taken now if there are none yet or they are older than two refresh periods. */
    public Snapshot current() {
        Snapshot snapshot = latest.get();
        Instant stale = Instant.now(clock).minus(config.sla().boardRefreshEvery().multipliedBy(2));
        if (snapshot == null || snapshot.asOf().isBefore(stale)) {
            return refresh();
        }
        return snapshot;
    }

    /**
     * Takes the snapshot: the counts' housekeeping on the primary, then the counts and (when due) the default period
     * read where {@link Reads} sends the board's reads.
     */
    public Snapshot refresh() {
        Instant now = Instant.now(clock);
        QuarkusTransaction.joiningExisting().run(this::foldGoneConnections);
        Snapshot previous = latest.get();
        boolean periodDue = previous == null
                || previous.defaultPeriod().to().isBefore(now.minus(config.sla().boardPeriodRefreshEvery()));
        Snapshot snapshot = reads.readInTransaction(em -> {
            // background work: one process for the period's figures, not parallel workers taking every core from
            // the requests the board answers meanwhile
            em.createNativeQuery("select set_config('max_parallel_workers_per_gather', '0', true)").getSingleResult();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select severity, status, sum(tickets) from ticket_open_count
                    group by severity, status having sum(tickets) <> 0""").getResultList();
            Map<String, Map<String, Long>> counts = new TreeMap<>();
            for (Object[] row : rows) {
                counts.computeIfAbsent((String) row[0], s -> new TreeMap<>()).put((String) row[1],
                        ((Number) row[2]).longValue());
            }
            return new Snapshot(now, counts,
                    periodDue ? figures.period(em, now.minus(DEFAULT_PERIOD), now) : previous.defaultPeriod());
        });
        latest.set(snapshot);
        return snapshot;
    }

    /**
     * The rows of connections that are gone are added into slot 0 (V8__open_ticket_counts.sql), so the table stays
     * a few rows per live connection. Folding preserves every sum: a row is deleted and added in one statement.
     */
    private void foldGoneConnections() {
        em.createNativeQuery("""
                with gone as (
                    delete from ticket_open_count
                    where slot <> 0 and slot not in (select pid from pg_stat_activity where pid is not null)
                    returning severity, status, tickets)
                insert into ticket_open_count as c (severity, status, slot, tickets)
                select severity, status, 0, sum(tickets) from gone group by severity, status
                on conflict (severity, status, slot) do update set tickets = c.tickets + excluded.tickets""")
                .executeUpdate();
    }
}
