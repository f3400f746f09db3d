package dev.loopline.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event on its way to one webhook: the delivery log an admin reads. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    /** PENDING until a 2xx answer (DELIVERED) or the last retry failed (FAILED). */
    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    public UUID id;

    @Column(name = "webhook_id")
    public UUID webhookId;

    @Column(name = "event_id")
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The partition key: its event's creation, so an event's deliveries sit in the event's month. */
    @Column(name = "event_created_at")
    public Instant eventCreatedAt;
}
