package dev.loopline.timeline;

import dev.loopline.common.Json;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An outbound event, written in the transaction of the change it announces and delivered later (DESIGN §9). */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public String type;

    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String payload;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "fanned_out_at")
    public Instant fannedOutAt;

    public static OutboxEvent publish(String type, UUID ticketId, Instant occurredAt, Object data) {
        OutboxEvent event = of(type, ticketId, occurredAt, data);
        event.persist();
        return event;
    }

    /** The event by its id and creation (its partition key), so that it is looked up in its one partition. */
    public static OutboxEvent findByKey(UUID id, Instant createdAt) {
        return find("id = ?1 and createdAt = ?2", id, createdAt).firstResult();
    }

    /** The row, not yet persisted (batches write it with JDBC). */
    public static OutboxEvent of(String type, UUID ticketId, Instant occurredAt, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.type = type;
        event.ticketId = ticketId;
        event.occurredAt = occurredAt;
        event.payload = Json.canonical(data);
        event.createdAt = occurredAt;
        return event;
    }
}
