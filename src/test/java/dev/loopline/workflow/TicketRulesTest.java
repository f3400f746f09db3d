package dev.loopline.workflow;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static dev.loopline.support.Journeys.step;
import static dev.loopline.support.Journeys.ticket;
import static org.assertj.core.api.Assertions.assertThat;
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
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The rules that used to live in several places, each asked of the ticket's own transitions (issue 12). */
@QuarkusTest
class TicketRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Map<String, Object> ROUTINE_DEFAULT = Map.of("firstResponse", "PT72H", "onSiteArrival",
            "PT72H", "resolution", "P7D", "clock", "24x7", "atRiskPercent", 80);
    private static final Map<String, Object> IMPORTANT_DEFAULT = Map.of("firstResponse", "PT24H", "onSiteArrival",
            "PT24H", "resolution", "PT72H", "clock", "24x7", "atRiskPercent", 80);

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    @AfterEach
    void restoreTheMatrixAndThePolicy() {
        authority("agent", 200, false, false, false);
        authority("supervisor", 2000, true, true, true);
        as(Tokens.admin()).body(ROUTINE_DEFAULT).put("/api/v1/sla/policies/ROUTINE").then().statusCode(200);
        as(Tokens.admin()).body(IMPORTANT_DEFAULT).put("/api/v1/sla/policies/IMPORTANT").then().statusCode(200);
    }

    /** Moves the service's clock to the coming Friday, 19:00 in Shanghai: after working hours, before a weekend. */
    private void toFridayEvening() {
        LocalDate friday = LocalDate.now(SHANGHAI).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        clock.advance(Duration.between(Instant.now(), friday.atTime(LocalTime.of(19, 0)).atZone(SHANGHAI)));
    }

    private static void authority(String role, int limit, boolean downgrade, boolean signOff, boolean changeClass) {
        as(Tokens.admin()).body(Map.of("compensationLimit", limit, "mayDowngradeSeverity", downgrade,
                "maySignOffClosure", signOff, "mayChangeClass", changeClass)).put("/api/v1/admin/authority/" + role)
                .then().statusCode(200);
    }

    private static void patch(String token, String id, Map<String, Object> body, int status) {
        long version = ((Number) ticket(id).extract().path("version")).longValue();
        as(token).header("If-Match", "\"" + version + "\"").body(body).patch("/api/v1/tickets/" + id).then()
                .statusCode(status);
    }

    @Test
    void anAgentCannotTakeAMajorTicketOutOfItsSignOff() {
        String id = Journeys.followingUp();
        patch(Tokens.supervisor(), id, Map.of("complaintClass", "MAJOR"), 200);
        long version = ((Number) ticket(id).extract().path("version")).longValue();
        as(Tokens.agent()).header("If-Match", "\"" + version + "\"").body(Map.of("complaintClass", "ORDINARY"))
                .patch("/api/v1/tickets/" + id).then().statusCode(403)
                .body("rule", equalTo("CLASS_CHANGE_NEEDS_AUTHORITY"));
        step(id, "follow-up", Map.of("reached", true, "satisfaction", 5)).statusCode(409)
                .body("rule", equalTo("CLOSE_NEEDS_SUPERVISOR_SIGN_OFF"));
        ticket(id).body("complaintClass", equalTo("MAJOR")).body("version", equalTo((int) version));
    }

    @Test
    void settingTheClassToEscalatedRaisesAnEscalation() {
        String id = Journeys.accepted();
        patch(Tokens.supervisor(), id, Map.of("complaintClass", "ESCALATED"), 200);
        as(Tokens.supervisor()).queryParam("ticketId", id).queryParam("open", true).get("/api/v1/escalations").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].level", equalTo(1))
                .body("items[0].trigger", equalTo("CLASS_ESCALATED"));
    }

    @Test
    void aGeneratedReasonFollowsTheReadersLanguage() {
        String id = Journeys.accepted();
        patch(Tokens.of("supervisor", "zhou.min"), id, Map.of("complaintClass", "ESCALATED"), 200);
        String escalation = as(Tokens.supervisor()).queryParam("ticketId", id).get("/api/v1/escalations").then()
                .statusCode(200).extract().path("items[0].id");
        as(Tokens.supervisor()).get("/api/v1/escalations/" + escalation).then().statusCode(200)
                .body("reason", equalTo("zhou.min将投诉类别设为升级")).body("reasonCode", equalTo("CLASS_ESCALATED"));
        as(Tokens.supervisor()).header("Accept-Language", "en-GB,en;q=0.9").get("/api/v1/escalations/" + escalation)
                .then().statusCode(200).body("reason", equalTo("Class set to ESCALATED by zhou.min"));
    }

    @Test
    void theAuthorityMatrixDecidesWhoSignsOffAndWhoApproves() {
        String id = Journeys.followingUp();
        step(Tokens.agent(), id, "sign-off", Map.of()).statusCode(403).body("rule", equalTo("SIGN_OFF_NEEDS_AUTHORITY"));
        authority("agent", 5000, false, true, false);
        step(Tokens.agent(), id, "sign-off", Map.of("note", "班长授权")).statusCode(200)
                .body("ticket.outcomes.closureSignedOffBy", notNullValue());
        authority("supervisor", 2000, true, false, true);
        step(Tokens.supervisor(), id, "sign-off", Map.of()).statusCode(403)
                .body("rule", equalTo("SIGN_OFF_NEEDS_AUTHORITY"));

        String other = Journeys.compensating();
        step(Tokens.of("agent", "zhao.lei"), other, "compensation", Map.of("type", "CASH", "amount", 6000))
                .statusCode(200).body("ticket.status", equalTo("PENDING_APPROVAL"));
        authority("agent", 8000, false, false, false);
        step(Tokens.agent(), other, "compensation/approval", Map.of("approved", true)).statusCode(200)
                .body("ticket.status", equalTo("FOLLOWING_UP"));
    }

    @Test
    void aPauseOverAWeekendMovesAWorkingTimeTargetByTheWorkingTimeItCovered() {
        as(Tokens.admin()).body(Map.of("firstResponse", "PT8H", "onSiteArrival", "PT8H", "resolution", "PT40H",
                "clock", "cn-mainland", "atRiskPercent", 80)).put("/api/v1/sla/policies/ROUTINE").then()
                .statusCode(200);
        // paused from Friday 19:00 until Monday 07:00: no working time
        toFridayEvening();
        String id = Journeys.accepted();
        var before = ticket(id).extract();
        assertThat((String) before.path("sla.clock")).isEqualTo("cn-mainland");
        step(id, "pause", Map.of("reason", "用户周末不在家")).statusCode(200);
        clock.advance(Duration.ofHours(60));
        var after = step(id, "resume", Map.of()).statusCode(200).extract();
        assertThat((String) after.path("ticket.sla.resolution.dueAt")).isEqualTo(before.path("sla.resolution.dueAt"));
        assertThat((String) after.path("ticket.sla.firstResponse.dueAt"))
                .isEqualTo(before.path("sla.firstResponse.dueAt"));
    }

    @Test
    void aSeverityChangeCountsEarlierPausesOnTheNewPolicysClock() {
        as(Tokens.admin()).body(Map.of("firstResponse", "PT8H", "onSiteArrival", "PT8H", "resolution", "PT40H",
                "clock", "cn-mainland", "atRiskPercent", 80)).put("/api/v1/sla/policies/IMPORTANT").then()
                .statusCode(200);
        toFridayEvening();
        String direct = intake(Tokens.agent(), importantFromTheStart()).statusCode(201).extract().path("id");
        String paused = Journeys.accepted();
        step(paused, "pause", Map.of("reason", "用户周末不在家")).statusCode(200);
        clock.advance(Duration.ofHours(60));
        step(paused, "resume", Map.of()).statusCode(200);
        // 60 hours of pause on the 24x7 clock are no working time on the calendar the new policy runs on
        patch(Tokens.agent(), paused, Map.of("severity", "IMPORTANT", "severityReason", "用户家中有老人"), 200);
        assertThat((String) ticket(paused).extract().path("sla.resolution.dueAt"))
                .isEqualTo(ticket(direct).extract().path("sla.resolution.dueAt"));
    }

    private static Map<String, Object> importantFromTheStart() {
        Map<String, Object> intake = new java.util.HashMap<>(Intakes.aRoutineHeatingFeeComplaint());
        intake.put("severity", "IMPORTANT");
        intake.put("severityReason", "用户家中有老人");
        return intake;
    }

    @Test
    void aPauseStopsTheOnSiteArrivalClockAndResumeMovesIt() {
        String id = Journeys.accepted();
        String workOrder = as(Tokens.agent()).body(Map.of("steward", "li.wei", "instructions", "上门测温"))
                .post("/api/v1/tickets/" + id + "/work-orders").then().statusCode(201).extract().path("id");
        Instant arrivalDue = Instant.parse(as(Tokens.agent()).get("/api/v1/work-orders/" + workOrder).then()
                .extract().path("arrival.dueAt"));
        step(id, "pause", Map.of("reason", "用户不在家")).statusCode(200);
        clock.advance(Duration.ofHours(80));
        sweep.sweep(Instant.now(clock));
        as(Tokens.agent()).get("/api/v1/work-orders/" + workOrder).then().statusCode(200)
                .body("arrival.breached", equalTo(false)).body("arrival.atRisk", equalTo(false));
        step(id, "resume", Map.of()).statusCode(200);
        Instant moved = Instant.parse(as(Tokens.agent()).get("/api/v1/work-orders/" + workOrder).then()
                .extract().path("arrival.dueAt"));
        assertThat(Duration.between(arrivalDue, moved)).isBetween(Duration.ofHours(80), Duration.ofHours(81));
    }

    @Test
    void customerFacingTextThatReachesTheReportIsCheckedForForbiddenPhrases() {
        String id = Journeys.investigating();
        step(id, "findings", Map.of("findings", "这是规定，阀门需用户自行更换", "rootCause", "CUSTOMER",
                "responsibleDepartments", List.of(Map.of("name", "客服中心", "role", "PRIMARY")))).statusCode(200)
                .body("warnings.field", hasItem("findings"));
        step(id, "agreement", Map.of("options", List.of("更换阀门"), "agreedOption", 0,
                "singleOptionReason", "我们也没有办法", "promisedBy", Instant.now(clock).plus(Duration.ofDays(1))
                        .toString())).statusCode(200).body("warnings.field", hasItem("singleOptionReason"));
        step(id, "compensation", Map.of("type", "NONE", "reason", "这是规定")).statusCode(200)
                .body("warnings.field", hasItem("reason"));
    }

    @Test
    void aReopenStartsANewResolutionTargetAndKeepsTheEarlierBreachOnRecord() {
        String id = Journeys.followingUp();
        clock.advance(Duration.ofDays(11));
        sweep.sweep(Instant.now(clock));
        ticket(id).body("sla.resolution.breached", equalTo(true));
        step(id, "follow-up", Map.of("reached", true, "satisfaction", 4)).statusCode(200);
        step(id, "reopen", Map.of("reason", "用户来电表示问题复发")).statusCode(200);
        Instant reopened = Instant.now(clock);
        var t = ticket(id).body("sla.resolution.breached", equalTo(false)).extract();
        assertThat(Duration.between(reopened, Instant.parse(t.path("sla.resolution.dueAt"))))
                .isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));
        sweep.sweep(Instant.now(clock));
        ticket(id).body("sla.resolution.breached", equalTo(false)).body("sla.resolution.atRisk", equalTo(false));
        as(Tokens.manager()).queryParam("ticketId", id).queryParam("open", true).get("/api/v1/escalations").then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aDowngradeIsMeasuredAgainstTheSuggestion() {
        String urgent = intake(Tokens.agent(), Intakes.aVulnerableCustomerWithoutHeat()).statusCode(201)
                .body("suggestedSeverity", equalTo("URGENT")).extract().path("id");
        patch(Tokens.supervisor(), urgent, Map.of("severity", "ROUTINE", "severityReason", "已恢复供热"), 200);
        long version = ((Number) ticket(urgent).extract().path("version")).longValue();
        as(Tokens.agent()).header("If-Match", "\"" + version + "\"")
                .body(Map.of("severity", "IMPORTANT", "severityReason", "用户仍不满")).patch("/api/v1/tickets/" + urgent)
                .then().statusCode(403).body("rule", equalTo("SEVERITY_DOWNGRADE_NEEDS_SUPERVISOR"));

        String routine = Journeys.accepted();
        patch(Tokens.agent(), routine, Map.of("severity", "URGENT", "severityReason", "用户家中有婴儿"), 200);
        patch(Tokens.agent(), routine, Map.of("severity", "IMPORTANT", "severityReason", "婴儿已送往亲戚家"), 200);
        ticket(routine).body("severity", equalTo("IMPORTANT"));
    }

    @Test
    void closingATicketClosesItsOpenEscalations() {
        String id = Journeys.followingUp();
        String escalation = as(Tokens.agent()).body(Map.of("trigger", "CUSTOMER_REQUEST", "reason", "用户要求领导回复"))
                .post("/api/v1/tickets/" + id + "/escalations").then().statusCode(201).extract().path("id");
        step(id, "follow-up", Map.of("reached", true, "satisfaction", 4)).statusCode(200);
        as(Tokens.supervisor()).queryParam("ticketId", id).queryParam("open", true).get("/api/v1/escalations").then()
                .statusCode(200).body("items", hasSize(0));
        as(Tokens.supervisor()).get("/api/v1/escalations/" + escalation).then().statusCode(200)
                .body("open", equalTo(false));
        as(Tokens.supervisor()).body(Map.of("note", "已接手"))
                .post("/api/v1/escalations/" + escalation + "/acknowledgement").then().statusCode(409)
                .body("rule", equalTo("ESCALATION_CLOSED"));
    }
}
