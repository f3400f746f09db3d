package dev.loopline.category;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A complaint category (e.g. INDOOR_TEMPERATURE_LOW) and the utilities it applies to. */
@Entity
@Table(name = "category")
public class Category extends PanacheEntityBase {

    @Id
    public String code;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> utilities;

    @Column(name = "label_zh")
    public String labelZh;

    @Column(name = "label_en")
    public String labelEn;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static List<Category> listFor(String utility, boolean includeInactive) {
        String activeClause = includeInactive ? "" : " and active = true";
        if (utility == null) {
            return list("1 = 1" + activeClause + " order by code");
        }
        return list("array_contains(utilities, ?1)" + activeClause + " order by code", utility);
    }
}
