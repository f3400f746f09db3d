package dev.loopline.workflow;

import static dev.loopline.support.Api.as;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.support.Journeys;
import dev.loopline.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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
    void aRewrittenChainWithRecomputedHashesStillFailsAgainstTheTicketsHead() throws Exception {
        String id = Journeys.investigating();
        sql(true, "update ticket_event set actor = 'mallory', hash = repeat('a', 64) where ticket_id = ? and seq = 3",
                id);
        verification(id).body("intact", equalTo(false)).body("brokenAtSeq", equalTo(3));
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
