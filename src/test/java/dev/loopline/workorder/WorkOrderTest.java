package dev.loopline.workorder;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Journeys.FINDINGS;
import static dev.loopline.support.Journeys.step;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import dev.loopline.sla.SlaSweep;
import dev.loopline.support.Journeys;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Field work orders: dispatch, the steward's steps, isolation between stewards, the arrival SLA. */
@QuarkusTest
class WorkOrderTest {

    private static final Map<String, Object> COMPLETION = Map.of("findings", "入户测温17.5度，暖气片有空气",
            "measurements", List.of(Map.of("name", "indoor_temperature", "value", 17.5, "unit", "°C")),
            "actions", "排气并调节阀门", "photos", List.of("photo://wo/1.jpg"));

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;


    @Test
    void aStewardRunsTheWorkOrderAndEveryStepIsOnTheTicketsTimeline() {
        String steward = aSteward();
        String ticket = Journeys.investigating();
        String wo = dispatch(ticket, steward).statusCode(201).body("status", equalTo("DISPATCHED"))
                .body("arrival.dueAt", notNullValue()).extract().path("id");
        stewardStep(steward, wo, "acceptance", Map.of()).statusCode(200).body("status", equalTo("ACCEPTED"));
        stewardStep(steward, wo, "arrival", Map.of("note", "已到达")).statusCode(200).body("status", equalTo("ON_SITE"));
        stewardStep(steward, wo, "completion", COMPLETION).statusCode(200).body("status", equalTo("COMPLETED"))
                .body("measurements[0].value", equalTo(17.5f))
                .body("photos[0]", equalTo("photo://wo/1.jpg"));
        as(Tokens.agent()).get("/api/v1/tickets/" + ticket + "/timeline").then()
                .body("items.type", hasItems("workorder.dispatched", "workorder.accepted", "workorder.arrived",
                        "workorder.completed"))
                .body("items.find { it.type == 'workorder.completed' }.actor", equalTo(steward))
                .body("items.find { it.type == 'workorder.completed' }.payload.measurements[0].unit", equalTo("°C"));
    }

    @Test
    void aStewardSeesAndChangesOnlyHisOwnWorkOrders() {
        String mine = aSteward();
        String other = aSteward();
        String wo = dispatch(Journeys.accepted(), mine).extract().path("id");
        dispatch(Journeys.accepted(), other).statusCode(201);
        as(Tokens.of("steward", mine)).get("/api/v1/work-orders").then().statusCode(200)
                .body("items.steward", everyItem(equalTo(mine))).body("items.id", hasItem(wo));
        as(Tokens.of("steward", other)).get("/api/v1/work-orders/" + wo).then().statusCode(404);
        stewardStep(other, wo, "acceptance", Map.of()).statusCode(404);
        as(Tokens.supervisor()).queryParam("steward", mine).get("/api/v1/work-orders").then().statusCode(200)
                .body("items.id", hasItem(wo));
        as(Tokens.agent()).body(Map.of()).post("/api/v1/work-orders/" + wo + "/acceptance").then().statusCode(403);
    }

    @Test
    void findingsWaitForOpenWorkOrders() {
        String steward = aSteward();
        String ticket = Journeys.investigating();
        String wo = dispatch(ticket, steward).extract().path("id");
        step(ticket, "findings", FINDINGS).statusCode(409).body("rule", equalTo("FINDINGS_WAIT_FOR_WORK_ORDERS"));
        as(Tokens.agent()).body(Map.of("reason", "用户已自行修复")).post("/api/v1/work-orders/" + wo + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        step(ticket, "findings", FINDINGS).statusCode(200);
    }

    @Test
    void stepsAreTakenInOrderAndDispatchNeedsAnEarlyStep() {
        String steward = aSteward();
        String wo = dispatch(Journeys.accepted(), steward).extract().path("id");
        stewardStep(steward, wo, "completion", COMPLETION).statusCode(409)
                .body("rule", equalTo("WORK_ORDER_STEPS_IN_ORDER"));
        stewardStep(steward, wo, "arrival", Map.of()).statusCode(409);
        dispatch(Journeys.negotiating(), steward).statusCode(409)
                .body("rule", equalTo("DISPATCH_NEEDS_ACCEPTED_OR_INVESTIGATING"));
        stewardStep(steward, wo, "acceptance", Map.of()).statusCode(200);
        stewardStep(steward, wo, "arrival", Map.of()).statusCode(200);
        stewardStep(steward, wo, "completion", Map.of("findings", "")).statusCode(422);
    }

    @Test
    void aStewardsArrivalIsTheFirstResponseWhenNoneCameBefore() {
        String steward = aSteward();
        String ticket = Journeys.accepted();
        String wo = dispatch(ticket, steward).extract().path("id");
        stewardStep(steward, wo, "acceptance", Map.of()).statusCode(200);
        stewardStep(steward, wo, "arrival", Map.of()).statusCode(200);
        Journeys.ticket(ticket).body("sla.firstResponse.metAt", notNullValue());
    }

    @Test
    void aLateArrivalIsFlaggedByTheSweep() {
        String steward = aSteward();
        String ticket = Journeys.accepted();
        String wo = dispatch(ticket, steward).extract().path("id");
        clock.advance(Duration.ofHours(73));
        sweep.sweep(clock.instant());
        as(Tokens.of("steward", steward)).get("/api/v1/work-orders/" + wo).then().statusCode(200)
                .body("arrival.breached", equalTo(true)).body("arrival.atRisk", equalTo(true));
        as(Tokens.agent()).get("/api/v1/tickets/" + ticket + "/timeline").then()
                .body("items.findAll { it.type == 'sla.breached' }.payload.milestone", hasItem("ON_SITE_ARRIVAL"));
        as(Tokens.agent()).get("/api/v1/tickets/" + ticket + "/timeline/verification").then()
                .body("intact", equalTo(true));
    }

    static String aSteward() {
        return "steward." + ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    static ValidatableResponse dispatch(String ticket, String steward) {
        return as(Tokens.agent()).body(Map.of("steward", steward, "instructions", "上门测温并排气"))
                .post("/api/v1/tickets/" + ticket + "/work-orders").then();
    }

    static ValidatableResponse stewardStep(String steward, String wo, String step, Object body) {
        return as(Tokens.of("steward", steward)).body(body).post("/api/v1/work-orders/" + wo + "/" + step).then();
    }
}
