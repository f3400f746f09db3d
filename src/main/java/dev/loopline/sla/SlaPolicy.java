package dev.loopline.sla;

import dev.loopline.severity.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** The response-time targets for one severity (DESIGN §4). */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy extends PanacheEntityBase {

    @Id
    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Column(name = "first_response_seconds")
    public long firstResponseSeconds;

    @Column(name = "on_site_arrival_seconds")
    public long onSiteArrivalSeconds;

    @Column(name = "resolution_seconds")
    public long resolutionSeconds;

    public String clock;

    @Column(name = "at_risk_percent")
    public int atRiskPercent;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public SlaTargets targets() {
        return new SlaTargets(Duration.ofSeconds(firstResponseSeconds), Duration.ofSeconds(onSiteArrivalSeconds),
                Duration.ofSeconds(resolutionSeconds), clock, atRiskPercent);
    }

    public static SlaTargets targetsFor(Severity severity) {
        SlaPolicy policy = findById(severity);
        if (policy == null) {
            throw new IllegalStateException("no SLA policy for " + severity);
        }
        return policy.targets();
    }
}
