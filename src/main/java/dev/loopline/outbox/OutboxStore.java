package dev.loopline.outbox;

import dev.loopline.common.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The transactional side of delivery: fan-out of outbox events to webhooks, claiming due deliveries, outcomes. */
@ApplicationScoped
public class OutboxStore {

    /** A claimed delivery with what it takes to send it. */
    public record Claimed(UUID deliveryId, UUID eventId, String url, String secret, String body, String type,
            int attempt) {
    }

    @Inject
    EntityManager em;

    /** Turns a batch of new outbox events into one delivery per matching active webhook; returns events handled. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fanOut(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from outbox_event where fanned_out_at is null"
                + " order by created_at limit ?1 for update skip locked", UUID.class)
                .setParameter(1, limit).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<Webhook> webhooks = Webhook.active();
        for (OutboxEvent event : OutboxEvent.<OutboxEvent>list("id in ?1", ids)) {
            for (Webhook webhook : webhooks) {
                // a webhook receives the events from its registration on, not the backlog before it
                if (webhook.takes(event.type) && !event.createdAt.isBefore(webhook.createdAt)) {
                    WebhookDelivery delivery = new WebhookDelivery();
                    delivery.id = UUID.randomUUID();
                    delivery.webhookId = webhook.id;
                    delivery.eventId = event.id;
                    delivery.status = WebhookDelivery.Status.PENDING;
                    delivery.nextAttemptAt = now;
                    delivery.createdAt = now;
                    delivery.persist();
                }
            }
            event.fannedOutAt = now;
        }
        return ids.size();
    }

    /** Claims due deliveries for a lease, so no other instance sends them meanwhile; a crash just lets it expire. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claim(Instant now, int limit, Duration lease) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select d.id from webhook_delivery d join webhook w on w.id = d.webhook_id"
                + " where d.status = 'PENDING' and d.next_attempt_at <= ?1 and w.active"
                + " order by d.next_attempt_at limit ?2 for update of d skip locked", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (UUID id : ids) {
            WebhookDelivery delivery = WebhookDelivery.findById(id);
            Webhook webhook = Webhook.findById(delivery.webhookId);
            OutboxEvent event = OutboxEvent.findById(delivery.eventId);
            delivery.nextAttemptAt = now.plus(lease);
            claimed.add(new Claimed(id, event.id, webhook.url, webhook.secret, body(event), event.type,
                    delivery.attempts + 1));
        }
        return claimed;
    }

    /** Records an attempt: delivered, or failed with the next attempt after the backoff (or given up). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(UUID deliveryId, Instant now, Integer status, String error, Instant retryAt) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        delivery.attempts++;
        delivery.lastStatus = status;
        delivery.lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        if (error == null) {
            delivery.status = WebhookDelivery.Status.DELIVERED;
            delivery.deliveredAt = now;
        } else if (retryAt == null) {
            delivery.status = WebhookDelivery.Status.FAILED;
        } else {
            delivery.nextAttemptAt = retryAt;
        }
    }

    /** The delivered JSON: the same event id on every retry. */
    static String body(OutboxEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id);
        body.put("type", event.type);
        body.put("occurredAt", event.occurredAt);
        body.put("ticketId", event.ticketId);
        body.put("data", Json.tree(event.payload));
        return Json.canonical(body);
    }
}
