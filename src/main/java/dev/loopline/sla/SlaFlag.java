package dev.loopline.sla;

import dev.loopline.escalation.Trigger;
import dev.loopline.ticket.Severity;
import dev.loopline.ticket.SlaTerms.Milestone;
import dev.loopline.ticket.TicketEvents;
import java.time.Instant;
import java.util.UUID;

/**
 * The flags the sweep raises, each once per ticket (or work order): a milestone at risk, breached, or overrun, or
 * the agreement's promise broken.
 * Each names its table, due column, flag column, the condition of its partial index, and the escalation it raises.
 */
public enum SlaFlag {
    RESPONSE_AT_RISK(Milestone.FIRST_RESPONSE, Kind.AT_RISK, "response_at_risk_at", "response_at_risk_flagged_at",
            "s.first_response_at is null and s.response_at_risk_flagged_at is null and s.paused_at is null", null),
    RESPONSE_BREACHED(Milestone.FIRST_RESPONSE, Kind.BREACHED, "response_due_at", "response_breached_at",
            "s.first_response_at is null and s.response_breached_at is null and s.paused_at is null",
            Trigger.RESPONSE_BREACH),
    RESOLUTION_AT_RISK(Milestone.RESOLUTION, Kind.AT_RISK, "resolution_at_risk_at", "resolution_at_risk_flagged_at",
            "s.closed_at is null and s.resolution_at_risk_flagged_at is null and s.paused_at is null", null),
    RESOLUTION_BREACHED(Milestone.RESOLUTION, Kind.BREACHED, "resolution_due_at", "resolution_breached_at",
            "s.closed_at is null and s.resolution_breached_at is null and s.paused_at is null",
            Trigger.RESOLUTION_BREACH),
    RESOLUTION_OVERRUN(Milestone.RESOLUTION, Kind.OVERRUN, "resolution_overrun_at", "resolution_overrun_flagged_at",
            "s.closed_at is null and s.resolution_overrun_flagged_at is null and s.paused_at is null",
            Trigger.RESOLUTION_OVERRUN),
    ARRIVAL_AT_RISK(Milestone.ON_SITE_ARRIVAL, Kind.AT_RISK, "arrival_at_risk_at", "arrival_at_risk_flagged_at",
            "w.arrived_at is null and w.cancelled_at is null and w.paused_at is null"
                    + " and w.arrival_at_risk_flagged_at is null", null),
    ARRIVAL_BREACHED(Milestone.ON_SITE_ARRIVAL, Kind.BREACHED, "arrival_due_at", "arrival_breached_at",
            "w.arrived_at is null and w.cancelled_at is null and w.paused_at is null and w.arrival_breached_at is null",
            null),
    /** The agreement's promise (promisedBy) passed before the compensation step was done; a pause does not stop it. */
    PROMISE_BROKEN(null, Kind.BROKEN, "promised_by", "promise_broken_at",
            "s.promised_by is not null and s.promise_met_at is null and s.promise_broken_at is null", null);

    /** What the flag says of the milestone. */
    public enum Kind { AT_RISK, BREACHED, OVERRUN, BROKEN }

    /** The SLA milestone flagged; null for the promise, which is no target of the policy. */
    public final Milestone milestone;
    public final Kind kind;
    final String dueColumn;
    final String flagColumn;
    final String pending;
    /** The escalation a flag raises, or null. */
    public final Trigger escalation;

    SlaFlag(Milestone milestone, Kind kind, String dueColumn, String flagColumn, String pending,
            Trigger escalation) {
        this.milestone = milestone;
        this.kind = kind;
        this.dueColumn = dueColumn;
        this.flagColumn = flagColumn;
        this.pending = pending;
        this.escalation = escalation;
    }

    public boolean onWorkOrders() {
        return milestone == Milestone.ON_SITE_ARRIVAL;
    }

    public String metricName() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The milestone tag of the flag's metric. */
    public String metricMilestone() {
        return milestone == null ? "PROMISE" : milestone.name();
    }

    /** The event the flag records on the ticket's timeline (and sends outbound). */
    public TicketEvents.Payload event(String number, Severity severity, Instant dueAt, Instant flaggedAt, UUID id) {
        UUID workOrderId = onWorkOrders() ? id : null;
        return switch (kind) {
            case AT_RISK -> new TicketEvents.SlaAtRisk(number, milestone.name(), severity, dueAt, flaggedAt,
                    workOrderId);
            case BREACHED -> new TicketEvents.SlaBreached(number, milestone.name(), severity, dueAt, flaggedAt,
                    workOrderId);
            case OVERRUN -> new TicketEvents.SlaOverrun(number, milestone.name(), severity, dueAt, flaggedAt,
                    workOrderId);
            case BROKEN -> new TicketEvents.PromiseBroken(number, severity, dueAt, flaggedAt);
        };
    }

    /**
     * Locks a batch of due, unflagged rows from the partial index, skipping rows another sweeper (or a user's
     * change) holds: columns id, ticket id, due time, ticket number, severity, chain length and head, and the
     * ticket's acceptance (its timeline's partition key).
     */
    String claimStatement() {
        if (onWorkOrders()) {
            return """
                    select w.id, w.ticket_id, w.%1$s, t.number, t.severity, t.timeline_length, t.timeline_head,
                           t.accepted_at
                    from work_order w join ticket t on t.id = w.ticket_id
                    where w.%1$s <= ? and %2$s
                    order by w.%1$s limit ?
                    for update of w, t skip locked""".formatted(dueColumn, pending);
        }
        return """
                select s.ticket_id, s.ticket_id, s.%1$s, t.number, t.severity, t.timeline_length, t.timeline_head,
                       t.accepted_at
                from ticket_sla s join ticket t on t.id = s.ticket_id
                where s.%1$s <= ? and %2$s
                order by s.%1$s limit ?
                for update of s, t skip locked""".formatted(dueColumn, pending);
    }

    /**
     * Sets the flag on the claimed rows: in work_order, or in ticket_sla (the ticket's own row only advances its
     * timeline head, TimelineBatch, so that update touches no index of the ticket).
     */
    String flagStatement() {
        if (onWorkOrders()) {
            return "update work_order set " + flagColumn + " = ?, version = version + 1 where id = any(?)";
        }
        return "update ticket_sla set " + flagColumn + " = ? where ticket_id = any(?)";
    }

    /** The select part alone, for EXPLAIN in tests and benchmarks. */
    public String dueQuery() {
        String table = onWorkOrders() ? "work_order w" : "ticket_sla s";
        String alias = onWorkOrders() ? "w." : "s.";
        String id = onWorkOrders() ? "id" : "ticket_id";
        return "select %1$s%2$s from %3$s where %1$s%4$s <= ? and %5$s order by %1$s%4$s limit ?"
                .formatted(alias, id, table, dueColumn, pending);
    }
}
