package dev.loopline.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.support.Journeys;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every step endpoint refuses the roles it does not admit, and a refused call changes nothing. */
@QuarkusTest
class StepAccessTest {

    static Stream<Arguments> stepsAndRefusedRoles() {
        Stream<String> agentSteps = Stream.of("contacts", "investigation", "findings", "agreement", "compensation",
                "follow-up", "pause", "resume", "reopen");
        Stream<Arguments> steps = agentSteps.flatMap(s -> Stream.of("steward", "admin").map(r -> Arguments.of(s, r)));
        Stream<Arguments> decisions = Stream.of("compensation/approval", "sign-off")
                .flatMap(s -> Stream.of("steward", "admin").map(r -> Arguments.of(s, r)));
        return Stream.concat(steps, decisions);
    }

    @ParameterizedTest(name = "{0} by {1} is 403")
    @MethodSource("stepsAndRefusedRoles")
    void aRoleTheStepDoesNotAdmitIs403(String step, String role) {
        String id = Journeys.contacted();
        given().auth().oauth2(Tokens.of(role, "someone")).contentType("application/json")
                .body(Map.of("reason", "x", "note", "x")).post("/api/v1/tickets/" + id + "/" + step)
                .then().statusCode(403).contentType("application/problem+json");
        Journeys.ticket(id).body("version", equalTo(1));
    }

    @Test
    void patchByAStewardIs403() {
        String id = Journeys.accepted();
        given().auth().oauth2(Tokens.steward()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("owner", "li.wei")).patch("/api/v1/tickets/" + id).then().statusCode(403);
    }

    @Test
    void withoutATokenEveryStepIs401() {
        given().contentType("application/json").body(Map.of()).post("/api/v1/tickets/" + java.util.UUID.randomUUID()
                + "/investigation").then().statusCode(401);
    }
}
