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

    /** {@link Escalation#OPEN} in SQL. */
    static final String OPEN_SQL = "acknowledged_at is null and climbed_at is null and closed_at is null";

    private EscalationRows() {
    }

    public static Set<UUID> ticketsWithOpen(Connection connection, int level, List<UUID> tickets) throws SQLException {
        Set<UUID> open = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("select ticket_id from escalation"
                + " where ticket_id = any(?) and level = ? and " + OPEN_SQL)) {
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
