package dev.loopline.hotspot;

import dev.loopline.ticket.Utility;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A hotspot rule as stored; intake applies the enabled ones in position order. */
@Entity
@Table(name = "hotspot_rule")
public class HotspotRule extends PanacheEntityBase {

    @Id
    public String name;

    public int position;

    public String description;

    public boolean enabled;

    public int threshold;

    public long windowSeconds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> matchOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> categories;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> utilities;

    public Instant updatedAt;

    /** Read through {@link HotspotRules}, which keeps them briefly in memory. */
    static List<ClusterRule> enabledInOrder() {
        return HotspotRule.<HotspotRule>list("enabled = true order by position, name").stream()
                .map(HotspotRule::rule).toList();
    }

    public ClusterRule rule() {
        return new ClusterRule(name, threshold, Duration.ofSeconds(windowSeconds),
                matchOn.stream().map(ClusterRule.Dimension::valueOf).collect(Collectors.toSet()), categories,
                utilities.stream().map(Utility::valueOf).collect(Collectors.toSet()));
    }
}
