package dev.loopline.archive;

import dev.loopline.common.LooplineConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Moves closed tickets to the schema `archive` once they have been closed for {@code loopline.archive.years}, a
 * month of acceptance at a time, and deletes nothing (README "The archive of closed tickets"). A month goes when
 * every ticket accepted in it was closed before the cut-off; one still open, or closed since, holds it back (and is
 * named in a WARN). Per month, over runs of the retention job:
 * <ol>
 * <li>marked ARCHIVING in archive_month: from then on the service answers its tickets as archived;</li>
 * <li>once every instance has read the mark (twice {@code loopline.configuration-cache}), no transaction from
 * before it is still running and its tickets are all still closed, its timeline partition is detached and moved to
 * the archive whole, with its append-only trigger;</li>
 * <li>its tickets, with their SLA rows, repeat links, escalations and work orders, are moved in transactions of
 * {@code loopline.archive.batch} tickets; then the month is ARCHIVED.</li>
 * </ol>
 * Safe on several instances at once: the detach is done by the one holding an advisory lock, and each batch locks
 * its tickets and skips those another instance has locked.
 */
@ApplicationScoped
public class Archive {

    private static final Logger LOG = Logger.getLogger(Archive.class);

    /** The live timeline partitions, by the month in their name (Partitions makes them so). */
    private static final String TIMELINE_MONTHS = """
            select substring(c.relname from '(\\d{4}_\\d{2})$') from pg_inherits i
            join pg_class c on c.oid = i.inhrelid
            where i.inhparent = 'ticket_event'::regclass and c.relname ~ '^ticket_event_\\d{4}_\\d{2}$'""";

    /** The month's tickets not closed before the cut-off (?3): any holds the month back. */
    private static final String HELD_BACK = """
            select t.number from ticket t left join ticket_sla s on s.ticket_id = t.id
            where t.accepted_at >= ?1 and t.accepted_at < ?2
              and (t.status <> 'CLOSED' or s.closed_at is null or s.closed_at >= ?3)
            order by t.accepted_at limit 5""";

    /**
     * One batch of the month's tickets (?1, ?2) moved, ?3 at most: each table's rows deleted and inserted into its
     * archive table in one statement, the foreign keys checked at its end, when the children are gone too.
     * Idempotency-Keys are left to Retention (they are kept 7 days and name their ticket without a foreign key).
     */
    static final String MOVE_BATCH = """
            with batch as (
                select id from ticket where accepted_at >= ?1 and accepted_at < ?2
                order by accepted_at limit ?3 for update skip locked),
            sla as (delete from ticket_sla s using batch b where s.ticket_id = b.id returning s.*),
            sla_kept as (insert into archive.ticket_sla select * from sla),
            repeats as (delete from ticket_repeat r using batch b where r.ticket_id = b.id returning r.*),
            repeats_kept as (insert into archive.ticket_repeat select * from repeats),
            escalations as (delete from escalation e using batch b where e.ticket_id = b.id returning e.*),
            escalations_kept as (insert into archive.escalation select * from escalations),
            orders as (delete from work_order w using batch b where w.ticket_id = b.id returning w.*),
            orders_kept as (insert into archive.work_order select * from orders),
            tickets as (delete from ticket t using batch b where t.id = b.id returning t.*),
            tickets_kept as (insert into archive.ticket select * from tickets returning 1)
            select count(*) from tickets_kept""";

    /** How long one attempt at the detach's locks waits (intakes queue behind it meanwhile). */
    static final String LOCK_WAIT = "50ms";
    static final int LOCK_ATTEMPTS = 20;
    static final long LOCK_PAUSE_MS = 100;

    /** Transactions of this database, other than the caller's, running for longer than ?1 milliseconds. */
    private static final String OLD_TRANSACTIONS = """
            select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
              and xact_start < now() - make_interval(secs => ?1 / 1000.0)""";

    @Inject
    EntityManager em;

    @Inject
    LooplineConfig config;

    @Inject
    ArchivedMonths months;

    @Inject
    MeterRegistry meters;

    /** One run as of `now`: each month old enough, oldest first, and what became of it. */
    public Map<YearMonth, String> run(Instant now) {
        Map<YearMonth, String> outcome = new LinkedHashMap<>();
        for (YearMonth month : candidates(now)) {
            outcome.put(month, archive(month, now));
        }
        return outcome;
    }

    /** The months old enough as of `now` that have a live timeline partition or are being archived, oldest first. */
    SortedSet<YearMonth> candidates(Instant now) {
        YearMonth youngest = YearMonth.from(cutOff(now).atZone(config.zone())).minusMonths(1);
        TreeSet<YearMonth> candidates = new TreeSet<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object month : em.createNativeQuery(TIMELINE_MONTHS).getResultList()) {
                candidates.add(YearMonth.parse(((String) month).replace('_', '-')));
            }
            for (Object month : em.createNativeQuery("select to_char(month, 'YYYY-MM') from archive_month"
                    + " where state = 'ARCHIVING'").getResultList()) {
                candidates.add(YearMonth.parse((String) month));
            }
        });
        return candidates.headSet(youngest, true);
    }

    /**
     * Takes the month one step as far as it can go as of `now`: "kept" (too young), "held back", "no partition",
     * "marked" (waiting for the instances to read the mark), "busy" (another instance detaches it), "archived".
     */
    public String archive(YearMonth month, Instant now) {
        ZoneId zone = config.zone();
        Instant startsAt = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant endsAt = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Instant cutOff = cutOff(now);
        if (endsAt.isAfter(cutOff)) {
            return "kept";
        }
        String partition = "ticket_event_" + month.toString().replace('-', '_');
        Object[] mark = QuarkusTransaction.requiringNew().call(() -> mark(month));
        if (mark == null) {
            if (!attached(partition)) {
                LOG.warnf("archive: %s has no timeline partition of its own (its events are in the default"
                        + " partition) and is not archived; README \"Partitions\" says how to give it one", month);
                return "no partition";
            }
            List<?> heldBy = QuarkusTransaction.requiringNew().call(() -> heldBack(startsAt, endsAt, cutOff));
            if (!heldBy.isEmpty()) {
                LOG.warnf("archive: %s is held back by tickets not closed before %s, e.g. %s", month, cutOff, heldBy);
                return "held back";
            }
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    insert into archive_month (month, starts_at, ends_at, state, marked_at)
                    values (cast(?1 as date), ?2, ?3, 'ARCHIVING', ?4) on conflict do nothing""")
                    .setParameter(1, month.atDay(1).toString()).setParameter(2, startsAt).setParameter(3, endsAt)
                    .setParameter(4, now).executeUpdate());
            months.changed();
            LOG.infof("archive: %s marked; its tickets are answered as archived from now on", month);
            return "marked";
        }
        if ("ARCHIVED".equals(mark[0])) {
            return "archived";
        }
        if (mark[1] == null) {
            Instant markedAt = ArchivedMonths.instant(mark[2]);
            Duration grace = config.configurationCache().multipliedBy(2);
            if (now.isBefore(markedAt.plus(grace))) {
                return "marked";
            }
            // a change that locked its ticket before the mark was there may still be running: once none that old is,
            // every change to the month's tickets is either committed (and seen below) or refused by the mark
            long older = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(OLD_TRANSACTIONS)
                    .setParameter(1, grace.toMillis()).getSingleResult()).longValue());
            if (older > 0) {
                LOG.infof("archive: %s waits for %d transactions older than %s to end before its timeline is"
                        + " detached", month, older, grace);
                return "marked";
            }
            List<?> heldBy = QuarkusTransaction.requiringNew().call(() -> heldBack(startsAt, endsAt, cutOff));
            if (!heldBy.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "delete from archive_month where month = cast(?1 as date) and detached_at is null")
                        .setParameter(1, month.atDay(1).toString()).executeUpdate());
                months.changed();
                LOG.warnf("archive: %s unmarked, tickets of it changed before the mark was read: %s", month, heldBy);
                return "held back";
            }
            String detached = detach(month, partition, now);
            if (detached != null) {
                return detached;
            }
        }
        long started = System.nanoTime();
        long moved = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(MOVE_BATCH)
                    .setParameter(1, startsAt).setParameter(2, endsAt).setParameter(3, config.archive().batch())
                    .getSingleResult()).intValue());
            moved += batch;
        } while (batch == config.archive().batch());
        meters.counter("loopline.archive.tickets").increment(moved);
        // counted here, not while the detach held the timeline: a month's events take a few hundred ms to count
        int finished = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("update archive_month"
                + " set state = 'ARCHIVED', archived_at = ?2,"
                + " events = (select count(*) from archive." + partition + "),"
                + " tickets = (select count(*) from archive.ticket"
                + " where accepted_at >= starts_at and accepted_at < ends_at)"
                + " where month = cast(?1 as date) and state = 'ARCHIVING'"
                + " and not exists (select 1 from ticket where accepted_at >= starts_at and accepted_at < ends_at)")
                .setParameter(1, month.atDay(1).toString()).setParameter(2, now).executeUpdate());
        if (finished == 1) {
            LOG.infof("archive: %s archived, %d tickets moved by this instance in %d ms", month, moved,
                    (System.nanoTime() - started) / 1_000_000);
            return "archived";
        }
        return "marked"; // another instance is still moving some of its tickets
    }

    /** Tickets closed before this are old enough for the archive. */
    Instant cutOff(Instant now) {
        return now.atZone(config.zone()).minusYears(config.archive().years()).toInstant();
    }

    /**
     * Detaches the month's timeline partition into the archive, in one transaction under the archive's advisory
     * lock (the caller has checked that every ticket of the month is still closed, once no change from before the
     * mark can still be running). Null when detached; else why not.
     * Detaching and dropping the partition's foreign key lock the ticket table and the timeline exclusively: both
     * are asked for first (archive_lock_timeline, V24), in the order intake takes them, each attempt waiting at most
     * {@link #LOCK_WAIT}, so intakes queue behind it for no longer than that; {@link #LOCK_ATTEMPTS} attempts a run,
     * the rest on the next run.
     */
    private String detach(YearMonth month, String partition, Instant now) {
        long started = System.nanoTime();
        for (int attempt = 1; attempt <= LOCK_ATTEMPTS; attempt++) {
            String outcome;
            try {
                outcome = detachOnce(month, partition, now, started, attempt);
            } catch (PersistenceException e) {
                // e.g. a deadlock PostgreSQL broke by aborting this transaction, not an intake's: rolled back whole
                LOG.infof("archive: %s's detach attempt %d rolled back (%s)", month, attempt, e.getMessage());
                outcome = "locked out";
            }
            if (!"locked out".equals(outcome)) {
                return outcome;
            }
            try {
                Thread.sleep(LOCK_PAUSE_MS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        meters.counter("loopline.archive.detach.deferred").increment();
        LOG.infof("archive: %s's timeline not detached this run: the locks were not granted within %s in %d"
                + " attempts (the timeline is busy); tried again on the next run", month, LOCK_WAIT, LOCK_ATTEMPTS);
        return "busy";
    }

    private String detachOnce(YearMonth month, String partition, Instant now, long started, int attempt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!(Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('loopline.archive'))")
                    .getSingleResult()) {
                return "busy";
            }
            em.createNativeQuery("set local lock_timeout = '" + LOCK_WAIT + "'").executeUpdate();
            if (!(Boolean) em.createNativeQuery("select archive_lock_timeline()").getSingleResult()) {
                return "locked out";
            }
            long locked = System.nanoTime();
            Object[] mark = mark(month);
            if (mark == null || mark[1] != null) {
                return null; // another instance finished the detach meanwhile (or unmarked it)
            }
            em.createNativeQuery("alter table ticket_event detach partition " + partition).executeUpdate();
            em.createNativeQuery("alter table " + partition + " set schema archive").executeUpdate();
            String archived = "archive." + partition;
            // the live foreign key to ticket goes (the tickets follow); the append-only trigger is given back
            for (Object constraint : em.createNativeQuery("select conname from pg_constraint"
                    + " where conrelid = cast(?1 as regclass) and contype = 'f'").setParameter(1, archived)
                    .getResultList()) {
                em.createNativeQuery("alter table " + archived + " drop constraint " + constraint).executeUpdate();
            }
            em.createNativeQuery("create trigger ticket_event_append_only before update or delete on "
                    + archived + " for each row execute function ticket_event_is_append_only()").executeUpdate();
            em.createNativeQuery("update archive_month set timeline_table = ?2, detached_at = ?3"
                    + " where month = cast(?1 as date)").setParameter(1, month.atDay(1).toString())
                    .setParameter(2, archived).setParameter(3, now).executeUpdate();
            LOG.infof("archive: %s's timeline detached to %s, the timeline locked for %d ms (at attempt %d, %d ms"
                    + " after the first)", month, archived, (System.nanoTime() - locked) / 1_000_000, attempt,
                    (locked - started) / 1_000_000);
            return null;
        });
    }

    private Object[] mark(YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select state, detached_at, marked_at from archive_month"
                + " where month = cast(?1 as date)").setParameter(1, month.atDay(1).toString()).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private boolean attached(String partition) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery("select 1 from pg_inherits i"
                + " join pg_class c on c.oid = i.inhrelid where i.inhparent = 'ticket_event'::regclass"
                + " and c.relname = ?1").setParameter(1, partition).getResultList().isEmpty());
    }

    private List<?> heldBack(Instant startsAt, Instant endsAt, Instant cutOff) {
        return em.createNativeQuery(HELD_BACK).setParameter(1, startsAt).setParameter(2, endsAt)
                .setParameter(3, cutOff).getResultList();
    }
}
