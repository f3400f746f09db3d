package dev.loopline.workflow;

import static dev.loopline.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.support.Journeys;
import dev.loopline.support.Tokens;
import dev.loopline.timeline.TicketEvent;
import dev.loopline.timeline.Timeline;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The timeline is append-only in the database, and tampering that bypasses that is detected by the hash chain. */
@QuarkusTest
class TamperEvidenceTest {

    @Inject
    AgroalDataSource db;

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEvent() {
        String id = Journeys.investigating();
        assertThatThrownBy(() -> sql(false, "update ticket_event set actor = 'mallory' where ticket_id = ?", id))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql(false, "delete from ticket_event where ticket_id = ?", id))
                .isInstanceOf(SQLException.class);
        verification(id).body("intact", equalTo(true));
    }

    @Test
    void anAlteredPayloadIsDetected() throws Exception {
        String id = Journeys.negotiating();
        sql(true, "update ticket_event set payload = replace(payload, '17.5', '25') where ticket_id = ? and seq = 4", id);
        verification(id).body("intact", equalTo(false)).body("brokenAtSeq", equalTo(4))
                .body("problem", containsString("altered"));
    }

    @Test
    void aDeletedEventInTheMiddleIsDetected() throws Exception {
        String id = Journeys.negotiating();
        sql(true, "delete from ticket_event where ticket_id = ? and seq = 2", id);
        verification(id).body("intact", equalTo(false)).body("brokenAtSeq", equalTo(2));
    }

    @Test
    void aDeletedNewestEventIsDetected() throws Exception {
        String id = Journeys.negotiating();
        sql(true, "delete from ticket_event where ticket_id = ? and seq = 4", id);
        verification(id).body("intact", equalTo(false));
    }

    @Test
    void anAlteredEventWhoseOwnHashIsRecomputedBreaksTheLinkToTheNext() throws Exception {
        String id = Journeys.negotiating();
        TicketEvent contact = events(id).get(1);
        contact.payload = alteredContact(contact.payload);
        contact.hash = Timeline.hashOf(contact);
        rewrite(List.of(contact));
        verification(id).body("intact", equalTo(false)).body("brokenAtSeq", equalTo(3))
                .body("problem", containsString("does not follow"));
    }

    @Test
    void aChainRecomputedFromTheAlteredEventOnStillFailsAgainstTheTicketsRecordedHead() throws Exception {
        String id = Journeys.negotiating();
        List<TicketEvent> events = events(id);
        events.get(1).payload = alteredContact(events.get(1).payload);
        String previous = events.get(0).hash;
        for (TicketEvent event : events.subList(1, events.size())) {
            event.prevHash = previous;
            event.hash = Timeline.hashOf(event);
            previous = event.hash;
        }
        rewrite(events.subList(1, events.size()));

        List<TicketEvent> stored = events(id);
        assertThat(stored.get(1).payload).contains("mallory");
        for (int i = 1; i < stored.size(); i++) {
            // the rewritten chain is consistent in itself: only the ticket's recorded head can tell
            assertThat(stored.get(i).prevHash).isEqualTo(stored.get(i - 1).hash);
            assertThat(Timeline.hashOf(stored.get(i))).isEqualTo(stored.get(i).hash);
        }
        verification(id).body("intact", equalTo(false)).body("events", equalTo(4)).body("brokenAtSeq", equalTo(4))
                .body("problem", containsString("head"));
    }

    private static String alteredContact(String payload) {
        assertThat(payload).contains("回电，已安抚");
        return payload.replace("回电，已安抚", "mallory: no call was made");
    }

    /** The ticket's events as a superuser reads them, oldest first. */
    private List<TicketEvent> events(String ticketId) throws SQLException {
        List<TicketEvent> events = new ArrayList<>();
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select * from ticket_event where ticket_id = ? order by seq")) {
            select.setObject(1, UUID.fromString(ticketId));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    TicketEvent event = new TicketEvent();
                    event.id = rows.getObject("id", UUID.class);
                    event.ticketId = rows.getObject("ticket_id", UUID.class);
                    event.seq = rows.getInt("seq");
                    event.type = rows.getString("type");
                    event.actor = rows.getString("actor");
                    event.actorRole = rows.getString("actor_role");
                    event.occurredAt = rows.getObject("occurred_at", OffsetDateTime.class).toInstant();
                    event.payload = rows.getString("payload");
                    event.prevHash = rows.getString("prev_hash");
                    event.hash = rows.getString("hash");
                    events.add(event);
                }
            }
        }
        return events;
    }

    /** A superuser writes the events back, the append-only trigger switched off. */
    private void rewrite(List<TicketEvent> events) throws SQLException {
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement replica = connection.createStatement()) {
                replica.execute("set local session_replication_role = replica");
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update ticket_event set payload = ?, prev_hash = ?, hash = ? where id = ?")) {
                for (TicketEvent event : events) {
                    update.setString(1, event.payload);
                    update.setString(2, event.prevHash);
                    update.setString(3, event.hash);
                    update.setObject(4, event.id);
                    update.executeUpdate();
                }
            }
            connection.commit();
        }
    }

    private static io.restassured.response.ValidatableResponse verification(String id) {
        return as(Tokens.supervisor()).get("/api/v1/tickets/" + id + "/timeline/verification").then().statusCode(200);
    }

    /** Runs a statement; `bypassTriggers` plays a superuser who switches the append-only trigger off. */
    private void sql(boolean bypassTriggers, String statement, String ticketId) throws SQLException {
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            if (bypassTriggers) {
                try (Statement replica = connection.createStatement()) {
                    replica.execute("set local session_replication_role = replica");
                }
            }
            try (PreparedStatement update = connection.prepareStatement(statement)) {
                update.setObject(1, UUID.fromString(ticketId));
                update.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
