package dev.loopline.sla.board;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Journeys.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.support.Journeys;
import dev.loopline.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The counts the database keeps as tickets change (V8__open_ticket_counts.sql) equal a count of the ticket table,
 * through intake, steps, a severity change, closing, reopening and the folding of gone connections' rows.
 */
@QuarkusTest
class OpenCountTest {

    @Inject
    AgroalDataSource db;

    @Inject
    BoardSnapshot snapshot;

    @Test
    void theKeptCountsEqualACountOfTheTickets() throws Exception {
        Journeys.accepted();
        Journeys.investigating();
        String closed = Journeys.closed();
        String reopened = Journeys.closed();
        step(reopened, "reopen", Map.of("reason", "客户来电：暖气又不热了")).statusCode(200);
        String upgraded = Journeys.accepted();
        String etag = Journeys.ticket(upgraded).extract().header("ETag");
        as(Tokens.supervisor()).header("If-Match", etag)
                .body(Map.of("severity", "URGENT", "severityReason", "老人独居，室温14度"))
                .patch("/api/v1/tickets/" + upgraded).then().statusCode(200);
        Journeys.ticket(upgraded).body("severity", equalTo("URGENT"));
        Journeys.ticket(closed).body("status", equalTo("CLOSED"));

        assertThat(kept()).isEqualTo(counted());
        snapshot.refresh();
        assertThat(kept()).isEqualTo(counted());
    }

    private Map<String, Long> kept() throws Exception {
        return read("select severity, status, sum(tickets) from ticket_open_count group by severity, status"
                + " having sum(tickets) <> 0");
    }

    private Map<String, Long> counted() throws Exception {
        return read("select severity, status, count(*) from ticket where status <> 'CLOSED'"
                + " group by severity, status");
    }

    private Map<String, Long> read(String sql) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1) + "/" + rows.getString(2), rows.getLong(3));
            }
        }
        return counts;
    }
}
