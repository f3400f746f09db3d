package dev.loopline.workflow;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Journeys.CONTACT;
import static dev.loopline.support.Journeys.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.support.Journeys;
import dev.loopline.support.Race;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ETag, If-Match and racing writes: of N racing transitions exactly one wins. */
@QuarkusTest
class ConcurrencyTest {

    private static final int RACERS = 10;

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String id = Journeys.accepted();
        String stale = ticket(id).extract().header("ETag");
        as(Tokens.agent()).header("If-Match", stale).body(CONTACT).post("/api/v1/tickets/" + id + "/contacts").then()
                .statusCode(200);
        as(Tokens.agent()).header("If-Match", stale).body(Map.of("note", "x"))
                .post("/api/v1/tickets/" + id + "/investigation").then().statusCode(412)
                .contentType("application/problem+json");
        ticket(id).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void patchWithoutIfMatchIs428() {
        String id = Journeys.accepted();
        as(Tokens.agent()).body(Map.of("owner", "li.na")).patch("/api/v1/tickets/" + id).then().statusCode(428)
                .body("type", equalTo("https://loopline.dev/problems/precondition-required"));
        as(Tokens.agent()).header("If-Match", "\"99\"").body(Map.of("owner", "li.na"))
                .patch("/api/v1/tickets/" + id).then().statusCode(412);
        ticket(id).body("owner", equalTo("wang.fang"));
    }

    @Test
    void ofRacingTransitionsWithoutIfMatchExactlyOneSucceeds() throws Exception {
        String id = Journeys.contacted();
        List<Integer> statuses = race(() -> as(Tokens.agent()).body(Map.of("note", "race"))
                .post("/api/v1/tickets/" + id + "/investigation").statusCode());
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("items.findAll { it.type == 'ticket.investigation_started' }.size()", equalTo(1));
    }

    @Test
    void ofRacingTransitionsWithTheSameIfMatchExactlyOneSucceeds() throws Exception {
        String id = Journeys.contacted();
        String etag = ticket(id).extract().header("ETag");
        List<Integer> statuses = race(() -> as(Tokens.agent()).header("If-Match", etag).body(Map.of("note", "race"))
                .post("/api/v1/tickets/" + id + "/investigation").statusCode());
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(statuses).containsOnly(200, 412);
    }

    @Test
    void racingPatchesNeverBothWin() throws Exception {
        String id = Journeys.accepted();
        String etag = ticket(id).extract().header("ETag");
        List<Integer> statuses = race(() -> as(Tokens.supervisor()).header("If-Match", etag)
                .body(Map.of("owner", "agent." + Thread.currentThread().getId()))
                .patch("/api/v1/tickets/" + id).statusCode());
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        ticket(id).body("version", equalTo(1));
    }

    private static List<Integer> race(java.util.concurrent.Callable<Integer> call) throws Exception {
        return Race.of(RACERS, call);
    }
}
