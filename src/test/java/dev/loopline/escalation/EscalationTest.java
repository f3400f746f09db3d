package dev.loopline.escalation;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static dev.loopline.support.Intakes.aFreshPhone;
import static dev.loopline.support.Intakes.aHeatingComplaint;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.loopline.sla.SlaSweep;
import dev.loopline.support.Intakes;
import dev.loopline.support.Journeys;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every trigger of DESIGN §5, acknowledgement by role, one open escalation per level. */
@QuarkusTest
class EscalationTest {

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    @Inject
    EscalationClimb climb;


    @Test
    void aResponseBreachGoesToASupervisor() {
        String id = urgent("HOTLINE", false);
        clock.advance(Duration.ofMinutes(31));
        runJobs(clock.instant());
        escalations(id).body("items", hasSize(1)).body("items[0].level", equalTo(1))
                .body("items[0].trigger", equalTo("RESPONSE_BREACH"))
                .body("items[0].targetRole", equalTo("supervisor"))
                .body("items[0].raisedBy", equalTo("loopline"));
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("items.type", hasItem("escalation.raised"));
    }

    @Test
    void aResolutionBreachGoesToAManagerAndAnOverrunToTheCrisisGroup() {
        String id = Journeys.investigating();
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        runJobs(clock.instant());
        escalations(id).body("items.find { it.level == 2 }.trigger", equalTo("RESOLUTION_BREACH"));
        clock.advance(Duration.ofDays(4));
        runJobs(clock.instant());
        escalations(id).body("items.find { it.level == 3 }.trigger", equalTo("RESOLUTION_OVERRUN"))
                .body("items.find { it.level == 3 }.targetRole", equalTo("crisis_group"));
    }

    @Test
    void theThirdRepeatGoesToASupervisorAtIntake() {
        String phone = aFreshPhone();
        intake(Tokens.agent(), aHeatingComplaint(phone, null, "NO_HEATING", List.of())).statusCode(201);
        intake(Tokens.agent(), aHeatingComplaint(phone, null, "NO_HEATING", List.of())).statusCode(201);
        String third = intake(Tokens.agent(), aHeatingComplaint(phone, null, "NO_HEATING", List.of())).statusCode(201)
                .body("complaintClass", equalTo("ESCALATED")).extract().path("id");
        escalations(third).body("items[0].level", equalTo(1)).body("items[0].trigger", equalTo("REPEAT_COMPLAINT"));
    }

    @Test
    void mediaOrRegulatorAndPublicOpinionRiskGoToAManagerAtIntake() {
        escalations(urgent("MEDIA", false)).body("items[0].level", equalTo(2))
                .body("items[0].trigger", equalTo("EXTERNAL_CHANNEL"));
        escalations(urgent("REGULATOR", false)).body("items[0].trigger", equalTo("EXTERNAL_CHANNEL"));
        escalations(urgent("HOTLINE", true)).body("items[0].level", equalTo(2))
                .body("items[0].trigger", equalTo("PUBLIC_OPINION_RISK"));
        escalations(Journeys.accepted()).body("items", empty());
    }

    @Test
    void flaggingPublicOpinionRiskLaterGoesToAManager() {
        String id = Journeys.accepted();
        String etag = Journeys.ticket(id).extract().header("ETag");
        as(Tokens.supervisor()).header("If-Match", etag).body(Map.of("publicOpinionRisk", true))
                .patch("/api/v1/tickets/" + id).then().statusCode(200);
        escalations(id).body("items[0].level", equalTo(2)).body("items[0].trigger", equalTo("PUBLIC_OPINION_RISK"));
    }

    @Test
    void aCustomerWhoAsksForALeaderGoesToASupervisorByHandAndASecondRaiseAnswersTheOpenOne() {
        String id = Journeys.accepted();
        Map<String, Object> request = Map.of("trigger", "CUSTOMER_REQUEST", "reason", "用户要求领导回复");
        String escalation = raise(id, request).statusCode(201).body("level", equalTo(1))
                .body("raisedBy", equalTo("wang.fang")).extract().path("id");
        raise(id, request).statusCode(200).body("id", equalTo(escalation));
        raise(id, Map.of("trigger", "RESPONSE_BREACH", "reason", "x")).statusCode(422);
        raise(id, Map.of("trigger", "MANUAL", "reason", "上报部门经理", "level", 2)).statusCode(201)
                .body("level", equalTo(2));
        as(Tokens.steward()).body(request).post("/api/v1/tickets/" + id + "/escalations").then().statusCode(403);
    }

    @Test
    void levelOneIsAcknowledgedByASupervisorAndLevelTwoOnlyByAManager() {
        String id = Journeys.accepted();
        String one = raise(id, Map.of("trigger", "CUSTOMER_REQUEST", "reason", "要见领导")).extract().path("id");
        String two = raise(id, Map.of("trigger", "MANUAL", "reason", "重大", "level", 2)).extract().path("id");
        acknowledge(Tokens.agent(), one).statusCode(403);
        acknowledge(Tokens.supervisor(), one).statusCode(200).body("acknowledgedBy", equalTo("zhao.lei"))
                .body("open", equalTo(false));
        acknowledge(Tokens.supervisor(), one).statusCode(409).body("rule", equalTo("ESCALATION_ALREADY_ACKNOWLEDGED"));
        acknowledge(Tokens.supervisor(), two).statusCode(403).body("rule", equalTo("ACKNOWLEDGE_NEEDS_ROLE"));
        acknowledge(Tokens.manager(), two).statusCode(200).body("acknowledgedBy", equalTo("chen.min"));
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("items.findAll { it.type == 'escalation.acknowledged' }.size()", equalTo(2));
        as(Tokens.supervisor()).queryParam("ticketId", id).queryParam("open", true).get("/api/v1/escalations")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void badListParametersAre400() {
        as(Tokens.supervisor()).queryParam("level", "4").get("/api/v1/escalations").then().statusCode(400);
        as(Tokens.supervisor()).queryParam("open", "maybe").get("/api/v1/escalations").then().statusCode(400);
        as(Tokens.supervisor()).queryParam("open", true).queryParam("level", 1).get("/api/v1/escalations").then()
                .statusCode(200).body("items", notNullValue());
    }

    static ValidatableResponse escalations(String ticketId) {
        return as(Tokens.supervisor()).queryParam("ticketId", ticketId).get("/api/v1/escalations").then()
                .statusCode(200);
    }

    static ValidatableResponse raise(String ticketId, Map<String, Object> body) {
        return as(Tokens.agent()).body(body).post("/api/v1/tickets/" + ticketId + "/escalations").then();
    }

    static ValidatableResponse acknowledge(String token, String escalationId) {
        return as(token).body(Map.of("note", "已接手")).post("/api/v1/escalations/" + escalationId + "/acknowledgement")
                .then();
    }

    private static String urgent(String channel, boolean publicOpinionRisk) {
        Map<String, Object> body = Intakes.aRoutineHeatingFeeComplaint();
        body.put("channel", channel);
        body.put("publicOpinionRisk", publicOpinionRisk);
        body.put("category", "NO_HEATING");
        Intakes.customerOf(body).put("vulnerabilities", List.of("ELDERLY_ALONE"));
        return intake(Tokens.agent(), body).statusCode(201).body("severity", equalTo("URGENT")).extract().path("id");
    }

    /** What the two scheduled jobs do at `now`: the SLA sweep, then the escalation climb. */
    private int runJobs(Instant now) {
        sweep.sweep(now);
        return climb.climbOverdue(now);
    }
}
