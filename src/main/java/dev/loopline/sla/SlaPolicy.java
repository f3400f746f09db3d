package dev.loopline.sla;

import dev.loopline.ticket.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import dev.loopline.ticket.SlaClock;
import dev.loopline.ticket.SlaTerms;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of the SLA policy of a severity (DESIGN §4); the newest is current, tickets keep theirs. */
@Entity
@Table(name = "sla_policy_version")
public class SlaPolicy extends PanacheEntityBase {

    public static final int DEFAULT_OVERRUN_PERCENT = 50;
    public static final String DEFAULT_CURRENCY = "CNY";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Column(name = "first_response_seconds")
    public long firstResponseSeconds;

    @Column(name = "on_site_arrival_seconds")
    public long onSiteArrivalSeconds;

    @Column(name = "resolution_seconds")
    public long resolutionSeconds;

    /** "24x7" or the name of a business calendar. */
    public String clock;

    @Column(name = "at_risk_percent")
    public int atRiskPercent;

    /** Which contact channels count as the first response (and STEWARD_ARRIVAL for a steward on site). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "first_response_channels")
    public List<String> firstResponseChannels;

    /** The level-3 overrun, as a share of the resolution target past its due time. */
    @Column(name = "overrun_percent")
    public int overrunPercent;

    /** ISO 4217 code of the policy's amounts. */
    public String currency;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "breach_compensation")
    public List<BreachCompensation> breachCompensation;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** What a ticket held to this version is held to, on the given clock (this policy's). */
    public SlaTerms terms(SlaClock clock) {
        Map<SlaTerms.Milestone, Duration> targets = new EnumMap<>(SlaTerms.Milestone.class);
        targets.put(SlaTerms.Milestone.FIRST_RESPONSE, Duration.ofSeconds(firstResponseSeconds));
        targets.put(SlaTerms.Milestone.ON_SITE_ARRIVAL, Duration.ofSeconds(onSiteArrivalSeconds));
        targets.put(SlaTerms.Milestone.RESOLUTION, Duration.ofSeconds(resolutionSeconds));
        return new SlaTerms(id, this.clock, clock, Map.copyOf(targets), atRiskPercent, overrunPercent, currency,
                Set.copyOf(firstResponseChannels), breachCompensation().stream().collect(Collectors.toUnmodifiableMap(
                        BreachCompensation::milestone, BreachCompensation::amount)));
    }

    /** What each missed milestone earns the customer of a ticket held to this version, in {@link #currency}. */
    public List<BreachCompensation> breachCompensation() {
        return breachCompensation == null ? List.of() : List.copyOf(breachCompensation);
    }

    public static SlaPolicy current(Severity severity) {
        SlaPolicy policy = find("severity = ?1 order by id desc", severity).firstResult();
        if (policy == null) {
            throw new IllegalStateException("no SLA policy for " + severity);
        }
        return policy;
    }
}
