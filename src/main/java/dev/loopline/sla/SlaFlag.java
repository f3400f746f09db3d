package dev.loopline.sla;

import dev.loopline.escalation.Trigger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The flags the sweep raises, each once per ticket (or work order): a milestone at risk, breached, or overrun.
 * Each names its table, due column, flag column, the condition of its partial index, and the escalation it raises.
 */
public enum SlaFlag {
    RESPONSE_AT_RISK(Milestone.FIRST_RESPONSE, "sla.at_risk", "response_at_risk_at", "response_at_risk_flagged_at",
            "s.first_response_at is null and s.response_at_risk_flagged_at is null and s.paused_at is null", null),
    RESPONSE_BREACHED(Milestone.FIRST_RESPONSE, "sla.breached", "response_due_at", "response_breached_at",
            "s.first_response_at is null and s.response_breached_at is null and s.paused_at is null",
            Trigger.RESPONSE_BREACH),
    RESOLUTION_AT_RISK(Milestone.RESOLUTION, "sla.at_risk", "resolution_at_risk_at", "resolution_at_risk_flagged_at",
            "s.closed_at is null and s.resolution_at_risk_flagged_at is null and s.paused_at is null", null),
    RESOLUTION_BREACHED(Milestone.RESOLUTION, "sla.breached", "resolution_due_at", "resolution_breached_at",
            "s.closed_at is null and s.resolution_breached_at is null and s.paused_at is null",
            Trigger.RESOLUTION_BREACH),
    RESOLUTION_OVERRUN(Milestone.RESOLUTION, "sla.overrun", "resolution_overrun_at", "resolution_overrun_flagged_at",
            "s.closed_at is null and s.resolution_overrun_flagged_at is null and s.paused_at is null",
            Trigger.RESOLUTION_OVERRUN),
    ARRIVAL_AT_RISK(Milestone.ON_SITE_ARRIVAL, "sla.at_risk", "arrival_at_risk_at", "arrival_at_risk_flagged_at",
            "w.arrived_at is null and w.cancelled_at is null and w.arrival_at_risk_flagged_at is null", null),
    ARRIVAL_BREACHED(Milestone.ON_SITE_ARRIVAL, "sla.breached", "arrival_due_at", "arrival_breached_at",
            "w.arrived_at is null and w.cancelled_at is null and w.arrival_breached_at is null", null);

    /** What is being timed (also what a policy's breach compensation is paid for). */
    @Schema(name = "SlaMilestone")
    public enum Milestone { FIRST_RESPONSE, RESOLUTION, ON_SITE_ARRIVAL }

    public final Milestone milestone;
    public final String eventType;
    final String dueColumn;
    final String flagColumn;
    final String pending;
    /** The escalation a flag raises, or null. */
    public final Trigger escalation;

    SlaFlag(Milestone milestone, String eventType, String dueColumn, String flagColumn, String pending,
            Trigger escalation) {
        this.milestone = milestone;
        this.eventType = eventType;
        this.dueColumn = dueColumn;
        this.flagColumn = flagColumn;
        this.pending = pending;
        this.escalation = escalation;
    }

    public boolean onWorkOrders() {
        return milestone == Milestone.ON_SITE_ARRIVAL;
    }

    public String metricName() {
        return switch (eventType) {
            case "sla.at_risk" -> "at_risk";
            case "sla.breached" -> "breached";
            default -> "overrun";
        };
    }

    /**
     * Locks a batch of due, unflagged rows from the partial index, skipping rows another sweeper (or a user's
     * change) holds: columns id, ticket id, due time, ticket number, severity, chain length and head.
     */
    String claimStatement() {
        if (onWorkOrders()) {
            return """
                    select w.id, w.ticket_id, w.%1$s, t.number, t.severity, t.timeline_length, t.timeline_head
                    from work_order w join ticket t on t.id = w.ticket_id
                    where w.%1$s <= ? and %2$s
                    order by w.%1$s limit ?
                    for update of w, t skip locked""".formatted(dueColumn, pending);
        }
        return """
                select s.ticket_id, s.ticket_id, s.%1$s, t.number, t.severity, t.timeline_length, t.timeline_head
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
