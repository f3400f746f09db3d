package dev.loopline.timeline;

import dev.loopline.security.Actor;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appends events to many tickets' timelines in JDBC batches, for bulk jobs (the SLA sweep): the same hash chain
 * as {@link Timeline}, and the same event in the outbox. The caller holds the ticket rows locked.
 */
public final class TimelineBatch {

    /** A ticket's chain as the batch advances it: how many events it has and the hash of the last. */
    private static final class Head implements Chained {
        private final UUID ticketId;
        private final Instant acceptedAt;
        private int length;
        private String hash;

        Head(UUID ticketId, Instant acceptedAt, int length, String hash) {
            this.ticketId = ticketId;
            this.acceptedAt = acceptedAt;
            this.length = length;
            this.hash = hash;
        }

        @Override
        public UUID chainId() {
            return ticketId;
        }

        @Override
        public int chainLength() {
            return length;
        }

        @Override
        public String chainHead() {
            return hash;
        }

        @Override
        public Instant chainStartedAt() {
            return acceptedAt;
        }

        @Override
        public void advanceChain(int newLength, String newHead) {
            length = newLength;
            hash = newHead;
        }
    }

    private static final String INSERT_EVENT = "insert into ticket_event (id, ticket_id, seq, type, actor, actor_role,"
            + " occurred_at, payload, prev_hash, hash, ticket_accepted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_OUTBOX = "insert into outbox_event (id, type, ticket_id, occurred_at, payload,"
            + " created_at) values (?, ?, ?, ?, ?, ?)";

    private final Map<UUID, Head> heads = new LinkedHashMap<>();
    private final List<TicketEvent> events = new ArrayList<>();
    private final List<OutboxEvent> outbound = new ArrayList<>();

    public void start(UUID ticketId, Instant acceptedAt, int length, String hash) {
        heads.putIfAbsent(ticketId, new Head(ticketId, acceptedAt, length, hash));
    }

    public boolean isEmpty() {
        return events.isEmpty() && outbound.isEmpty();
    }

    /** An event of a ticket started in this batch: on its timeline, in the outbox, or both. */
    public void append(UUID ticketId, String type, boolean onTimeline, boolean outbox, Actor actor, Instant at,
            Object payload) {
        if (onTimeline) {
            events.add(Timeline.next(heads.get(ticketId), type, actor, at, payload));
        }
        if (outbox) {
            outbound.add(OutboxEvent.of(type, ticketId, at, payload));
        }
    }

    /**
     * Writes the events and their outbox rows, and advances each ticket's chain head in one set-based update (no
     * indexed column changes, so the update can stay on the row's page).
     */
    public void write(Connection connection, Instant at) throws SQLException {
        Timestamp now = Timestamp.from(at);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT);
                PreparedStatement outbox = connection.prepareStatement(INSERT_OUTBOX)) {
            for (TicketEvent e : events) {
                Timestamp when = Timestamp.from(e.occurredAt);
                insert.setObject(1, e.id);
                insert.setObject(2, e.ticketId);
                insert.setInt(3, e.seq);
                insert.setString(4, e.type);
                insert.setString(5, e.actor);
                insert.setString(6, e.actorRole);
                insert.setTimestamp(7, when);
                insert.setString(8, e.payload);
                insert.setString(9, e.prevHash);
                insert.setString(10, e.hash);
                insert.setTimestamp(11, Timestamp.from(e.ticketAcceptedAt));
                insert.addBatch();
            }
            for (OutboxEvent o : outbound) {
                Timestamp when = Timestamp.from(o.occurredAt);
                outbox.setObject(1, o.id);
                outbox.setString(2, o.type);
                outbox.setObject(3, o.ticketId);
                outbox.setTimestamp(4, when);
                outbox.setString(5, o.payload);
                outbox.setTimestamp(6, Timestamp.from(o.createdAt));
                outbox.addBatch();
            }
            insert.executeBatch();
            outbox.executeBatch();
        }
        String advance = "update ticket t set timeline_length = v.len, timeline_head = v.head, version = t.version + 1,"
                + " updated_at = ? from (select unnest(?::uuid[]) as id, unnest(?::int[]) as len,"
                + " unnest(?::text[]) as head) v where t.id = v.id";
        try (PreparedStatement update = connection.prepareStatement(advance)) {
            int i = 1;
            update.setTimestamp(i++, now);
            update.setArray(i++, array(connection, "uuid", heads.keySet().toArray()));
            update.setArray(i++, array(connection, "int4", heads.values().stream().map(Head::chainLength).toArray()));
            update.setArray(i, array(connection, "text", heads.values().stream().map(Head::chainHead).toArray()));
            update.executeUpdate();
        }
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
