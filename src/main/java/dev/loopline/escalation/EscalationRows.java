package dev.loopline.escalation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Escalations in bulk, for the SLA sweep's JDBC batches (single raises go through {@link Escalations}). */
public final class EscalationRows {

    private static final String INSERT = "insert into escalation (id, ticket_id, level, trigger, reason, target_role,"
            + " raised_at, raised_by, ack_due_at, climbed_from, reason_code, reason_detail, reason_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Which of the tickets ($1) have an open escalation at the level ($2), one probe of escalation_by_ticket per
     * ticket: written as "ticket_id = any(?)", the generic plan on a table never analyzed read it whole.
     */
    static final String TICKETS_WITH_OPEN = "select t.id from unnest(cast(? as uuid[])) as t(id) cross join lateral"
            + " (select 1 from escalation e where e.ticket_id = t.id and e.level = ? and "
            + Escalation.OPEN_OF_A_TICKET + " limit 1) open";

    private EscalationRows() {
    }

    public static Set<UUID> ticketsWithOpen(Connection connection, int level, List<UUID> tickets) throws SQLException {
        Set<UUID> open = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(TICKETS_WITH_OPEN)) {
            query.setArray(1, connection.createArrayOf("uuid", tickets.toArray()));
            query.setInt(2, level);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    open.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return open;
    }

    public static void insert(Connection connection, List<Escalation> escalations) throws SQLException {
        if (escalations.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Escalation e : escalations) {
                insert.setObject(1, e.id);
                insert.setObject(2, e.ticketId);
                insert.setInt(3, e.level);
                insert.setString(4, e.trigger.name());
                insert.setString(5, e.reason);
                insert.setString(6, e.targetRole);
                insert.setTimestamp(7, Timestamp.from(e.raisedAt));
                insert.setString(8, e.raisedBy);
                insert.setTimestamp(9, Timestamp.from(e.ackDueAt));
                insert.setObject(10, e.climbedFrom);
                insert.setString(11, e.reasonCode.name());
                insert.setString(12, e.reasonDetail);
                insert.setTimestamp(13, e.reasonAt == null ? null : Timestamp.from(e.reasonAt));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
