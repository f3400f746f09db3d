package dev.loopline.phrase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A phrase that must not reach a customer (服务禁语). */
@Entity
@Table(name = "forbidden_phrase")
public class ForbiddenPhrase extends PanacheEntityBase {

    @Id
    public String phrase;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    public static List<String> activePhrases() {
        return ForbiddenPhrase.<ForbiddenPhrase>list("active = true order by phrase").stream().map(p -> p.phrase)
                .toList();
    }
}
