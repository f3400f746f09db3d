package dev.loopline.ticket;

import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.severity.Severity;
import dev.loopline.timeline.Chained;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SecondaryRow;
import org.hibernate.type.SqlTypes;

/** A complaint ticket: the five elements of the complaint, its place in the loop, its SLA clocks and its owner. */
@Entity
@Table(name = "ticket")
@SecondaryTable(name = Ticket.SLA_TABLE, pkJoinColumns = @PrimaryKeyJoinColumn(name = "ticket_id"))
@SecondaryRow(table = Ticket.SLA_TABLE, optional = false)
public class Ticket extends PanacheEntityBase implements Chained {

    static final String SLA_TABLE = "ticket_sla";

    @Id
    public UUID id;

    public String number;

    @Enumerated(EnumType.STRING)
    public Utility utility;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String category;

    @Column(name = "customer_name")
    public String customerName;

    @Column(name = "customer_phone")
    public String customerPhone;

    @Column(name = "customer_account")
    public String customerAccount;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "customer_vulnerabilities")
    public List<String> customerVulnerabilities;

    @Column(name = "customer_language")
    public String customerLanguage;

    public String address;

    @Column(name = "area_code")
    public String areaCode;

    public String description;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Enumerated(EnumType.STRING)
    public TicketStatus status;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_severity")
    public Severity suggestedSeverity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "severity_rules")
    public List<String> severityRules;

    @Column(name = "severity_reason")
    public String severityReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "complaint_class")
    public ComplaintClass complaintClass;

    @Column(name = "public_opinion_risk")
    public boolean publicOpinionRisk;

    public String owner;

    @Column(name = "sla_policy_id")
    public Long slaPolicyId;

    @Column(name = "sla_clock")
    public String slaClock;

    // The SLA state lives in ticket_sla, one row per ticket, so the sweep's flags do not rewrite the wide ticket
    // row's indexes (V7__ticket_sla.sql).
    @Column(name = "response_due_at", table = SLA_TABLE)
    public Instant responseDueAt;

    @Column(name = "response_at_risk_at", table = SLA_TABLE)
    public Instant responseAtRiskAt;

    @Column(name = "resolution_due_at", table = SLA_TABLE)
    public Instant resolutionDueAt;

    @Column(name = "resolution_at_risk_at", table = SLA_TABLE)
    public Instant resolutionAtRiskAt;

    @Column(name = "resolution_overrun_at", table = SLA_TABLE)
    public Instant resolutionOverrunAt;

    @Column(name = "resolution_overrun_flagged_at", table = SLA_TABLE)
    public Instant resolutionOverrunFlaggedAt;

    @Column(name = "first_response_at", table = SLA_TABLE)
    public Instant firstResponseAt;

    @Column(name = "response_at_risk_flagged_at", table = SLA_TABLE)
    public Instant responseAtRiskFlaggedAt;

    @Column(name = "response_breached_at", table = SLA_TABLE)
    public Instant responseBreachedAt;

    @Column(name = "resolution_at_risk_flagged_at", table = SLA_TABLE)
    public Instant resolutionAtRiskFlaggedAt;

    @Column(name = "resolution_breached_at", table = SLA_TABLE)
    public Instant resolutionBreachedAt;

    @Column(name = "paused_at", table = SLA_TABLE)
    public Instant pausedAt;

    @Column(name = "closed_at", table = SLA_TABLE)
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "paused_from")
    public TicketStatus pausedFrom;

    @Column(name = "paused_seconds")
    public long pausedSeconds;

    @Column(name = "contact_count")
    public int contactCount;

    @Column(name = "root_cause")
    public String rootCause;

    @Column(name = "primary_department")
    public String primaryDepartment;

    @Column(name = "promised_by")
    public Instant promisedBy;

    @Column(name = "compensation_type")
    public String compensationType;

    @Column(name = "compensation_amount")
    public BigDecimal compensationAmount;

    @Column(name = "compensation_currency")
    public String compensationCurrency;

    @Column(name = "compensation_requested_by")
    public String compensationRequestedBy;

    @Column(name = "closure_signed_off_by")
    public String closureSignedOffBy;

    public Short satisfaction;

    @Column(name = "reopen_count")
    public int reopenCount;

    @Column(name = "timeline_length")
    public int timelineLength;

    @Column(name = "timeline_head")
    public String timelineHead;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** Earlier tickets of the same customer and category that this one repeats. */
    @ElementCollection
    @CollectionTable(name = "ticket_repeat", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "repeat_of_id")
    public Set<UUID> repeatOf = new LinkedHashSet<>();

    /**
     * Locks the ticket row for this transaction, so racing writes run one after another and the later one sees
     * what the first did (and is refused by the rules, or by If-Match when it read an older version).
     */
    public static Ticket lockForChange(UUID id, Long expectedVersion) {
        Ticket ticket = Ticket.<Ticket>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Ticket", id));
        if (expectedVersion != null && expectedVersion != ticket.version) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The ticket is at version " + ticket.version
                    + ", not " + expectedVersion + "; reload it and decide again");
        }
        return ticket;
    }

    /**
     * Earlier tickets of the same customer (phone or account), utility and category accepted since the given time:
     * repeats never cross utilities.
     */
    public static List<TicketView.RepeatView> ofCustomerSince(Utility utility, String phone, String account,
            String category, Instant since) {
        // only what the repeat rule and the answer show: no entity is loaded, so none is dirty-checked later
        return find("(customerPhone = ?1 or customerAccount = ?2) and utility = ?3 and category = ?4"
                + " and acceptedAt >= ?5 order by acceptedAt", phone, account, utility, category, since)
                .project(TicketView.RepeatView.class).list();
    }

    public boolean isBreached() {
        return responseBreachedAt != null || resolutionBreachedAt != null;
    }

    public boolean isAtRisk() {
        return !isBreached() && (responseAtRiskFlaggedAt != null || resolutionAtRiskFlaggedAt != null);
    }

    @Override
    public UUID chainId() {
        return id;
    }

    @Override
    public int chainLength() {
        return timelineLength;
    }

    @Override
    public String chainHead() {
        return timelineHead;
    }

    @Override
    public void advanceChain(int length, String head) {
        timelineLength = length;
        timelineHead = head;
    }
}
