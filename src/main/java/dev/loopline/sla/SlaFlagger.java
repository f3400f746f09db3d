package dev.loopline.sla;

import dev.loopline.common.Json;
import dev.loopline.security.Actor;
import dev.loopline.timeline.TicketEvent;
import dev.loopline.timeline.Timeline;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Flags one batch of due tickets in one transaction: a conditional UPDATE … RETURNING marks each exactly once, then
 * the timeline events, the ticket chain heads and the outbox rows are written in JDBC batches.
 */
@ApplicationScoped
public class SlaFlagger {

    /** A ticket the batch flagged. */
    public record Flagged(UUID ticketId, String number, String severity, Instant dueAt) {
    }

    private static final String INSERT_EVENT = "insert into ticket_event (id, ticket_id, seq, type, actor, actor_role,"
            + " occurred_at, payload, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_OUTBOX = "insert into outbox_event (id, type, ticket_id, occurred_at, payload,"
            + " created_at) values (?, ?, ?, ?, ?, ?)";
    private static final String ADVANCE_CHAIN = "update ticket set timeline_length = ?, timeline_head = ? where id = ?";

    @Inject
    AgroalDataSource dataSource;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Flagged> flagBatch(SlaFlag flag, Instant now, int limit) throws SQLException {
        List<TicketEvent> events = new ArrayList<>();
        List<Flagged> flagged = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(flag.flagStatement())) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setInt(2, limit);
                update.setTimestamp(3, Timestamp.from(now));
                update.setTimestamp(4, Timestamp.from(now));
                try (ResultSet rows = update.executeQuery()) {
                    while (rows.next()) {
                        Flagged ticket = new Flagged(rows.getObject(1, UUID.class), rows.getString(2),
                                rows.getString(3), rows.getTimestamp(4).toInstant());
                        flagged.add(ticket);
                        events.add(event(flag, ticket, rows.getInt(5), rows.getString(6), now));
                    }
                }
            }
            if (!events.isEmpty()) {
                write(connection, events);
            }
        }
        return flagged;
    }

    private static TicketEvent event(SlaFlag flag, Flagged ticket, int length, String head, Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("number", ticket.number());
        payload.put("milestone", flag.milestone);
        payload.put("severity", ticket.severity());
        payload.put("dueAt", ticket.dueAt());
        payload.put("flaggedAt", now);
        TicketEvent event = new TicketEvent();
        event.id = UUID.randomUUID();
        event.ticketId = ticket.ticketId();
        event.seq = length + 1;
        event.type = flag.eventType;
        event.actor = Actor.SYSTEM.id();
        event.actorRole = Actor.SYSTEM.role();
        event.occurredAt = now;
        event.payload = Json.canonical(payload);
        event.prevHash = head;
        event.hash = Timeline.hashOf(event);
        return event;
    }

    private static void write(Connection connection, List<TicketEvent> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT);
                PreparedStatement outbox = connection.prepareStatement(INSERT_OUTBOX);
                PreparedStatement advance = connection.prepareStatement(ADVANCE_CHAIN)) {
            for (TicketEvent e : events) {
                Timestamp at = Timestamp.from(e.occurredAt);
                insert.setObject(1, e.id);
                insert.setObject(2, e.ticketId);
                insert.setInt(3, e.seq);
                insert.setString(4, e.type);
                insert.setString(5, e.actor);
                insert.setString(6, e.actorRole);
                insert.setTimestamp(7, at);
                insert.setString(8, e.payload);
                insert.setString(9, e.prevHash);
                insert.setString(10, e.hash);
                insert.addBatch();
                outbox.setObject(1, UUID.randomUUID());
                outbox.setString(2, e.type);
                outbox.setObject(3, e.ticketId);
                outbox.setTimestamp(4, at);
                outbox.setString(5, e.payload);
                outbox.setTimestamp(6, at);
                outbox.addBatch();
                advance.setInt(1, e.seq);
                advance.setString(2, e.hash);
                advance.setObject(3, e.ticketId);
                advance.addBatch();
            }
            insert.executeBatch();
            outbox.executeBatch();
            advance.executeBatch();
        }
    }
}
