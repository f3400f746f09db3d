package dev.loopline.retention;

import dev.loopline.common.LooplineConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Removes what has served its time, in transactions of {@code loopline.retention.batch} rows: webhook deliveries
 * that are DELIVERED or FAILED, then outbox events that were fanned out and have no delivery left, after
 * {@code loopline.retention.outbox}; Idempotency-Keys after {@code loopline.retention.idempotency-keys}. Safe on
 * several instances at once: each batch locks the rows it removes and skips rows another has locked. A PENDING
 * delivery and an event not yet fanned out are kept whatever their age.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    static final String DELIVERIES = """
            delete from webhook_delivery where event_created_at < ?1 and (id, event_created_at) in (
                select id, event_created_at from webhook_delivery
                where created_at < ?1 and event_created_at < ?1 and status <> 'PENDING'
                limit ?2 for update skip locked)""";
    static final String OUTBOX_EVENTS = """
            delete from outbox_event where created_at < ?1 and (id, created_at) in (
                select e.id, e.created_at from outbox_event e
                where e.created_at < ?1 and e.fanned_out_at is not null
                  and not exists (select 1 from webhook_delivery d
                                  where d.event_id = e.id and d.event_created_at = e.created_at)
                limit ?2 for update of e skip locked)""";
    static final String IDEMPOTENCY_KEYS = """
            delete from idempotency_key where (actor, key) in (
                select actor, key from idempotency_key where created_at < ?1
                limit ?2 for update skip locked)""";
    /** A BRIN index's new block ranges, each partition's for the index of a partitioned table. */
    private static final String SUMMARIZE = """
            select brin_summarize_new_values(i.relid) from pg_partition_tree(cast(?1 as regclass)) i where i.isleaf
            union all
            select brin_summarize_new_values(cast(?1 as regclass))
            where (select relkind from pg_class where oid = cast(?1 as regclass)) = 'i'""";
    private static final String[] BRIN_INDEXES = {"webhook_delivery_created", "outbox_event_created",
        "idempotency_key_created"};

    @Inject
    EntityManager em;

    @Inject
    LooplineConfig config;

    @Inject
    MeterRegistry meters;

    /** One run as of `now`: how many rows of each kind it removed. */
    public Map<String, Long> run(Instant now) {
        long started = System.nanoTime();
        LooplineConfig.Retention policy = config.retention();
        QuarkusTransaction.requiringNew().run(() -> {
            for (String index : BRIN_INDEXES) {
                em.createNativeQuery(SUMMARIZE).setParameter(1, index).getResultList();
            }
        });
        Map<String, Long> removed = new LinkedHashMap<>();
        removed.put("webhook_delivery", inBatches(DELIVERIES, now.minus(policy.outbox()), policy.batch()));
        removed.put("outbox_event", inBatches(OUTBOX_EVENTS, now.minus(policy.outbox()), policy.batch()));
        removed.put("idempotency_key", inBatches(IDEMPOTENCY_KEYS, now.minus(policy.idempotencyKeys()),
                policy.batch()));
        removed.forEach((table, rows) -> meters.counter("loopline.retention.removed", "table", table).increment(rows));
        long total = removed.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0) {
            LOG.infof("retention removed %s in %d ms", removed,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        return removed;
    }

    /** Batches of `delete` until one removes fewer than a batch's rows. */
    private long inBatches(String delete, Instant before, int batch) {
        long total = 0;
        int removed;
        do {
            removed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(delete)
                    .setParameter(1, before).setParameter(2, batch).executeUpdate());
            total += removed;
        } while (removed == batch);
        return total;
    }
}
