package dev.loopline.sla;

/**
 * The four flags the sweep raises, each once per ticket: a milestone (first response, resolution) at risk or
 * breached. Each names its due column, its flag column and the condition of its partial index (V4 migration).
 */
public enum SlaFlag {
    RESPONSE_AT_RISK("FIRST_RESPONSE", "sla.at_risk", "response_at_risk_at", "response_at_risk_flagged_at",
            "first_response_at is null and response_at_risk_flagged_at is null and paused_at is null"),
    RESPONSE_BREACHED("FIRST_RESPONSE", "sla.breached", "response_due_at", "response_breached_at",
            "first_response_at is null and response_breached_at is null and paused_at is null"),
    RESOLUTION_AT_RISK("RESOLUTION", "sla.at_risk", "resolution_at_risk_at", "resolution_at_risk_flagged_at",
            "closed_at is null and resolution_at_risk_flagged_at is null and paused_at is null"),
    RESOLUTION_BREACHED("RESOLUTION", "sla.breached", "resolution_due_at", "resolution_breached_at",
            "closed_at is null and resolution_breached_at is null and paused_at is null");

    public final String milestone;
    public final String eventType;
    final String dueColumn;
    final String flagColumn;
    final String pending;

    SlaFlag(String milestone, String eventType, String dueColumn, String flagColumn, String pending) {
        this.milestone = milestone;
        this.eventType = eventType;
        this.dueColumn = dueColumn;
        this.flagColumn = flagColumn;
        this.pending = pending;
    }

    public boolean isBreach() {
        return eventType.equals("sla.breached");
    }

    /** Picks due, unflagged tickets from the partial index (skipping rows another sweeper holds) and flags them. */
    String flagStatement() {
        return """
                with due as (
                    select id from ticket
                    where %1$s <= ? and %3$s
                    order by %1$s
                    limit ?
                    for update skip locked)
                update ticket t set %2$s = ?, version = t.version + 1, updated_at = ?
                from due where t.id = due.id and t.%2$s is null
                returning t.id, t.number, t.severity, t.%1$s, t.timeline_length, t.timeline_head
                """.formatted(dueColumn, flagColumn, pending);
    }

    /** The select part alone, for EXPLAIN in tests and benchmarks. */
    public String dueQuery() {
        return "select id from ticket where %1$s <= ? and %2$s order by %1$s limit ?".formatted(dueColumn, pending);
    }
}
