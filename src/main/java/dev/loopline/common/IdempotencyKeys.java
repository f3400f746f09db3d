package dev.loopline.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency-Key bookkeeping. Claiming a key inserts its row, with the id of the result the request is about to
 * create, first in the caller's transaction: concurrent retries with the same key wait on the row until the first
 * one commits, then find its result; if the first one fails, its claim goes with it and a retry claims afresh.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** What an earlier request with the same key left behind. */
    public record Earlier(String requestHash, UUID resultId) {
    }

    @Inject
    EntityManager em;

    /**
     * Claims the key for a result that this transaction creates under {@code resultId} (the reference is checked at
     * commit). Empty when this request now owns the key; otherwise the earlier request's hash and result.
     */
    public Optional<Earlier> claim(String actor, String key, String requestHash, UUID resultId, Instant now) {
        // the claim touches no entity's table: nothing of the session needs flushing before it
        int inserted = em.createNativeQuery("""
                insert into idempotency_key (actor, key, request_hash, ticket_id, created_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict (actor, key) do nothing""")
                .setFlushMode(FlushModeType.COMMIT).setParameter(1, actor).setParameter(2, key)
                .setParameter(3, requestHash).setParameter(4, resultId).setParameter(5, now).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select request_hash, ticket_id from idempotency_key where actor = ?1 and key = ?2")
                .setFlushMode(FlushModeType.COMMIT).setParameter(1, actor).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new Earlier((String) row[0], (UUID) row[1]));
    }
}
