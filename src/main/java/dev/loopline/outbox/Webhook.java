package dev.loopline.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A receiver of outbound events: its URL, the secret that signs each delivery, and the event types it takes. */
@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntityBase {

    @Id
    public UUID id;

    public String url;

    public String secret;

    /** Event types, exact ("sla.breached"), by prefix ("workorder.*") or all ("*"). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> events;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public boolean takes(String type) {
        return events.stream().anyMatch(e -> e.equals("*") || e.equals(type)
                || (e.endsWith(".*") && type.startsWith(e.substring(0, e.length() - 1))));
    }

    public static List<Webhook> active() {
        return list("active = true");
    }
}
