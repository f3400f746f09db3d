package dev.loopline.ticket;

import dev.loopline.ticket.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters of GET /tickets (DESIGN §10), turned into one parameterised query; values are never spliced in. The
 * phone is in E.164, as stored.
 */
public record TicketFilter(TicketStatus status, Severity severity, Utility utility, String category, String owner,
        Boolean breached, Boolean atRisk, String area, String phone, String account) {

    private static final String BREACHED = SlaConditions.BREACHED.jpql();
    private static final String AT_RISK = SlaConditions.AT_RISK.jpql();

    /**
     * A query's where-clause, its parameters, and the attribute holding the acceptance time that the list is ordered
     * by: acceptedAt, or its copy beside the SLA state when the list asks for breached or at-risk tickets, which
     * are few among many and found, newest first, in their own partial indexes of ticket_sla (V25).
     */
    public record Where(String clause, Map<String, Object> parameters, String acceptedAt) {
    }

    public Where where() {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        add(clauses, parameters, "status", status);
        add(clauses, parameters, "severity", severity);
        add(clauses, parameters, "utility", utility);
        add(clauses, parameters, "category", category);
        add(clauses, parameters, "owner", owner);
        add(clauses, parameters, "areaCode", area);
        add(clauses, parameters, "customerPhone", phone);
        add(clauses, parameters, "customerAccount", account);
        if (breached != null) {
            clauses.add(breached ? BREACHED : "not " + BREACHED);
        }
        if (atRisk != null) {
            clauses.add(atRisk ? "(" + AT_RISK + ")" : "not (" + AT_RISK + ")");
        }
        boolean fewAmongMany = Boolean.TRUE.equals(breached) || Boolean.TRUE.equals(atRisk);
        String acceptedAt = fewAmongMany ? "slaAcceptedAt" : "acceptedAt";
        return new Where(clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses), parameters, acceptedAt);
    }

    private static void add(List<String> clauses, Map<String, Object> parameters, String field, Object value) {
        if (value != null) {
            clauses.add(field + " = :" + field);
            parameters.put(field, value);
        }
    }
}
