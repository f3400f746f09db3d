package dev.loopline.ticket;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conditions on a ticket's SLA state that several queries share, each written once in the ticket_sla table's column
 * names and given to a native query (with its table alias) or to a JPQL one (as the entity's attribute names, which
 * the naming strategy maps to those columns).
 */
public final class SlaConditions {

    /**
     * Open, flagged at risk on a milestone and breached on none: the board's at-risk list and GET /tickets?atRisk;
     * the condition of the partial indexes ticket_sla_board_at_risk (V7), in the board's order, and
     * ticket_sla_at_risk_list (V25), in the list's. closed_at is set with
     * status CLOSED and cleared by a reopen, so it is the indexable form of "open".
     */
    public static final SlaConditions AT_RISK = new SlaConditions("closed_at is null and response_breached_at is null"
            + " and resolution_breached_at is null"
            + " and (response_at_risk_flagged_at is not null or resolution_at_risk_flagged_at is not null)");

    /**
     * A milestone of the current targets breached, open or closed: GET /tickets?breached; the condition of the
     * partial index ticket_sla_breached_list (V25).
     */
    public static final SlaConditions BREACHED = new SlaConditions(
            "(response_breached_at is not null or resolution_breached_at is not null)");

    /** Open and breached: the board's breached list, the condition of ticket_sla_board_breached (V7). */
    public static final SlaConditions OPEN_BREACHED = new SlaConditions("closed_at is null and " + BREACHED.columns);

    private static final Pattern COLUMN = Pattern.compile("\\b[a-z]+(?:_[a-z]+)+\\b");

    private final String columns;

    private SlaConditions(String columns) {
        this.columns = columns;
    }

    /** For SQL: each column prefixed with the alias of ticket_sla in the query, e.g. "s". */
    public String sql(String alias) {
        return COLUMN.matcher(columns).replaceAll(m -> alias + "." + m.group());
    }

    /** For JPQL on {@link Ticket}: each column as its attribute (response_breached_at: responseBreachedAt). */
    public String jpql() {
        return COLUMN.matcher(columns).replaceAll(m -> Matcher.quoteReplacement(camel(m.group())));
    }

    private static String camel(String column) {
        StringBuilder attribute = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                attribute.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return attribute.toString();
    }
}
