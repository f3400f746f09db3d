package dev.loopline.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency-Key bookkeeping. Claiming a key inserts its row first in the caller's transaction, so concurrent
 * retries with the same key wait on the row until the first one commits, then find its result.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** What an earlier request with the same key left behind. */
    public record Earlier(String requestHash, UUID resultId) {
    }

    @Inject
    EntityManager em;

    /** True when this request now owns the key; otherwise the earlier request's hash and result are returned. */
    public Optional<Earlier> claim(String actor, String key, String requestHash, Instant now) {
        int inserted = em.createNativeQuery("""
                insert into idempotency_key (actor, key, request_hash, created_at) values (?1, ?2, ?3, ?4)
                on conflict (actor, key) do nothing""")
                .setParameter(1, actor).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select request_hash, ticket_id from idempotency_key where actor = ?1 and key = ?2")
                .setParameter(1, actor).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new Earlier((String) row[0], (UUID) row[1]));
    }

    public void complete(String actor, String key, UUID resultId) {
        em.createNativeQuery("update idempotency_key set ticket_id = ?3 where actor = ?1 and key = ?2")
                .setParameter(1, actor).setParameter(2, key).setParameter(3, resultId).executeUpdate();
    }
}
