package dev.loopline.severity;

import dev.loopline.ticket.Severity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A configurable severity rule as stored; intake reads the enabled ones in position order. */
@Entity
@Table(name = "severity_rule")
public class SeverityRule extends PanacheEntityBase {

    @Id
    public String name;

    public int position;

    public String description;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    public boolean enabled;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> categories;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> channels;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> vulnerabilities;

    @Column(name = "requires_repeat")
    public boolean requiresRepeat;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Read through {@link SeverityRules}, which keeps them briefly in memory. */
    static List<SeverityCriteria> enabledInOrder() {
        return SeverityRule.<SeverityRule>list("enabled = true order by position, name").stream()
                .map(SeverityRule::criteria).toList();
    }

    public SeverityCriteria criteria() {
        return new SeverityCriteria(name, severity, Set.copyOf(categories), Set.copyOf(channels),
                Set.copyOf(vulnerabilities), requiresRepeat);
    }
}
