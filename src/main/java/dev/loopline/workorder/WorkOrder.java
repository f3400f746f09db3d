package dev.loopline.workorder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A field work order dispatched from a ticket to a steward (or crew), with its on-site arrival SLA. */
@Entity
@Table(name = "work_order")
public class WorkOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id")
    public UUID ticketId;

    public String steward;

    public String instructions;

    @Enumerated(EnumType.STRING)
    public WorkOrderStatus status;

    @Column(name = "dispatched_at")
    public Instant dispatchedAt;

    @Column(name = "dispatched_by")
    public String dispatchedBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "arrived_at")
    public Instant arrivedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "arrival_due_at")
    public Instant arrivalDueAt;

    @Column(name = "arrival_at_risk_at")
    public Instant arrivalAtRiskAt;

    @Column(name = "arrival_at_risk_flagged_at")
    public Instant arrivalAtRiskFlaggedAt;

    @Column(name = "arrival_breached_at")
    public Instant arrivalBreachedAt;

    public String findings;

    /** Canonical JSON: [{"name","value","unit"}]. */
    public String measurements;

    public String actions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> photos;

    @Version
    public long version;

    public static long countOpen(UUID ticketId) {
        return count("ticketId = ?1 and status in ?2", ticketId, WorkOrderStatus.OPEN);
    }
}
