package dev.loopline.workorder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import dev.loopline.ticket.SlaTerms;
import java.time.Duration;
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

    /** While the ticket is paused its arrival clock stops; resume moves the due time by the counted pause. */
    public Instant pausedAt;

    public long pausedCountedMicros;

    public String findings;

    /** Canonical JSON: [{"name","value","unit"}]. */
    public String measurements;

    public String actions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> photos;

    @Version
    public long version;

    /** Arrival due on the ticket's policy clock: dispatch + target + counted pause (SlaTerms.due, as tickets). */
    public void schedule(SlaTerms terms) {
        SlaTerms.Due arrival = terms.due(SlaTerms.Milestone.ON_SITE_ARRIVAL, dispatchedAt,
                SlaTerms.micros(pausedCountedMicros));
        arrivalDueAt = arrival.dueAt();
        arrivalAtRiskAt = arrival.atRiskAt();
    }

    /** The ticket's work orders still waiting for the steward to arrive. */
    private static List<WorkOrder> awaitingArrival(UUID ticketId) {
        return list("ticketId = ?1 and arrivedAt is null and cancelledAt is null", ticketId);
    }

    public static void pauseOpen(UUID ticketId, Instant now) {
        awaitingArrival(ticketId).forEach(w -> w.pausedAt = now);
    }

    public static void resumeOpen(UUID ticketId, Duration counted, SlaTerms terms) {
        for (WorkOrder w : awaitingArrival(ticketId)) {
            w.pausedAt = null;
            w.pausedCountedMicros += SlaTerms.toMicros(counted);
            w.schedule(terms);
        }
    }

    /** A severity change puts the arrival clocks on the new policy too. */
    public static void rescheduleOpen(UUID ticketId, SlaTerms terms) {
        awaitingArrival(ticketId).forEach(w -> w.schedule(terms));
    }

    public static boolean anyArrivalBreached(UUID ticketId) {
        return count("ticketId = ?1 and arrivalBreachedAt is not null", ticketId) > 0;
    }

    public static long countOpen(UUID ticketId) {
        return count("ticketId = ?1 and status in ?2", ticketId, WorkOrderStatus.OPEN);
    }
}
