package dev.loopline.outbox;

import dev.loopline.timeline.OutboxEvent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.common.Json;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    @Inject
    AgroalDataSource dataSource;

    /**
     * Turns a batch of new outbox events into one delivery per matching active webhook; returns events handled. The
     * batch costs three statements however large it is, so a burst of intake does not come back as a burst of
     * single-row writes competing with it.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = SQLException.class)
    public int fanOut(Instant now, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<New> batch = claimNew(connection, limit);
            if (batch.isEmpty()) {
                return 0;
            }
            List<Webhook> webhooks = Webhook.active();
            Timestamp at = Timestamp.from(now);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_DELIVERY)) {
                for (New event : batch) {
                    for (Webhook webhook : webhooks) {
                        // a webhook receives the events from its registration on, not the backlog before it
                        if (webhook.takes(event.type()) && !event.createdAt().isBefore(webhook.createdAt)) {
                            insert.setObject(1, UUID.randomUUID());
                            insert.setObject(2, webhook.id);
                            insert.setObject(3, event.id());
                            insert.setTimestamp(4, at);
                            insert.setTimestamp(5, at);
                            insert.setTimestamp(6, Timestamp.from(event.createdAt()));
                            insert.addBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
            // the batch's time range keeps the update to the partitions it came from (oldest first: first and last)
            try (PreparedStatement done = connection.prepareStatement("update outbox_event set fanned_out_at = ?"
                    + " where id = any(?) and created_at between ? and ?")) {
                done.setTimestamp(1, at);
                done.setArray(2, connection.createArrayOf("uuid", batch.stream().map(New::id).toArray()));
                done.setTimestamp(3, Timestamp.from(batch.get(0).createdAt()));
                done.setTimestamp(4, Timestamp.from(batch.get(batch.size() - 1).createdAt()));
                done.executeUpdate();
            }
            return batch.size();
        }
    }

    /** An outbox event not yet fanned out: what choosing its webhooks takes. */
    private record New(UUID id, String type, Instant createdAt) {
    }

    private static final String INSERT_DELIVERY = "insert into webhook_delivery (id, webhook_id, event_id, status,"
            + " attempts, next_attempt_at, created_at, event_created_at) values (?, ?, ?, 'PENDING', 0, ?, ?, ?)";

    private static List<New> claimNew(Connection connection, int limit) throws SQLException {
        List<New> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, type, created_at from outbox_event"
                + " where fanned_out_at is null order by created_at limit ? for update skip locked")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new New(rows.getObject(1, UUID.class), rows.getString(2),
                            rows.getTimestamp(3).toInstant()));
                }
            }
        }
        return batch;
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
            OutboxEvent event = OutboxEvent.findByKey(delivery.eventId, delivery.eventCreatedAt);
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
        return Json.canonical(new Delivered(event.id, event.type, event.occurredAt, event.ticketId,
                Json.tree(event.payload)));
    }

    /** The JSON a webhook receives: the event's id, type and time, its ticket, and the event's payload. */
    record Delivered(UUID id, String type, Instant occurredAt, UUID ticketId, JsonNode data) {
    }
}
