package dev.loopline.escalation;

import static dev.loopline.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.loopline.support.Journeys;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Acknowledgement targets per level and severity: complete, changed by admins, applied to the next raise. */
@QuarkusTest
class AckTargetApiTest {

    private static final String TARGETS = "/api/v1/admin/escalation-ack-targets";

    @AfterEach
    void restoreTheDesignsTarget() {
        as(Tokens.admin()).body(Map.of("target", "PT8H")).put(TARGETS + "/1/ROUTINE").then().statusCode(200);
    }

    @Test
    void everyLevelAndSeverityHasATarget() {
        as(Tokens.supervisor()).get(TARGETS).then().statusCode(200).body("items", hasSize(9))
                .body("items.find { it.level == 1 && it.severity == 'URGENT' }.target", equalTo("PT15M"))
                .body("items.find { it.level == 3 && it.severity == 'ROUTINE' }.target", equalTo("PT48H"))
                .body("items[0].severity", equalTo("URGENT"));
    }

    @Test
    void aChangedTargetGivesTheNextEscalationItsAcknowledgementDueTime() {
        as(Tokens.admin()).body(Map.of("target", "PT20M")).put(TARGETS + "/1/ROUTINE").then().statusCode(200)
                .body("target", equalTo("PT20M")).body("level", equalTo(1)).body("severity", equalTo("ROUTINE"));
        ExtractableResponse<Response> raised = as(Tokens.agent())
                .body(Map.of("trigger", "CUSTOMER_REQUEST", "reason", "客户要求主管回电"))
                .post("/api/v1/tickets/" + Journeys.accepted() + "/escalations").then().statusCode(201).extract();
        assertThat(Duration.between(Instant.parse(raised.path("raisedAt")), Instant.parse(raised.path("ackDueAt"))))
                .isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void badTargetsAreRefusedAndChangeNothing() {
        put("1/ROUTINE", Map.of("target", "PT0S")).statusCode(422).body("errors.field", hasItem("target"));
        put("1/ROUTINE", Map.of("target", "twenty minutes")).statusCode(422).body("errors.field", hasItem("target"));
        put("1/ROUTINE", Map.of("target", "P400D")).statusCode(422).body("errors.field", hasItem("target"));
        put("1/ROUTINE", Map.of()).statusCode(422).body("errors.field", hasItem("target"));
        put("4/ROUTINE", Map.of("target", "PT1H")).statusCode(400).body("errors.field", hasItem("level"));
        put("1/SEVERE", Map.of("target", "PT1H")).statusCode(400).body("errors.field", hasItem("severity"));
        as(Tokens.admin()).delete(TARGETS + "/1/ROUTINE").then().statusCode(405);
        as(Tokens.agent()).get(TARGETS).then()
                .body("items.find { it.level == 1 && it.severity == 'ROUTINE' }.target", equalTo("PT8H"))
                .body("items", hasSize(9));
    }

    @Test
    void onlyAdminsChangeTargets() {
        for (String token : List.of(Tokens.agent(), Tokens.supervisor(), Tokens.manager())) {
            as(token).body(Map.of("target", "PT1M")).put(TARGETS + "/1/ROUTINE").then().statusCode(403);
        }
        as(Tokens.steward()).get(TARGETS).then().statusCode(403);
    }

    private static ValidatableResponse put(String levelAndSeverity, Map<String, Object> body) {
        return as(Tokens.admin()).body(body).put(TARGETS + "/" + levelAndSeverity).then();
    }
}
