package dev.loopline.sla;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static dev.loopline.support.Journeys.step;
import static dev.loopline.support.Journeys.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.loopline.support.Intakes;
import dev.loopline.support.Journeys;
import dev.loopline.support.Tokens;
import dev.loopline.ticket.Ticket;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Policies per severity: listed, changed by admins, applied to tickets accepted after the change. */
@QuarkusTest
class SlaPolicyApiTest {

    private static final Map<String, Object> IMPORTANT_DEFAULT = Map.of("firstResponse", "PT24H",
            "onSiteArrival", "PT24H", "resolution", "PT72H", "clock", "24x7", "atRiskPercent", 80,
            "firstResponseChannels", List.of("PHONE", "SMS", "VISIT", "WECHAT", "EMAIL", "LETTER", "OTHER",
                    "STEWARD_ARRIVAL"));

    @AfterEach
    void restoreTheDefault() {
        as(Tokens.admin()).body(IMPORTANT_DEFAULT).put("/api/v1/sla/policies/IMPORTANT").then().statusCode(200);
    }

    @Test
    void thePoliciesOfTheDesignAreInPlace() {
        as(Tokens.supervisor()).get("/api/v1/sla/policies").then().statusCode(200)
                .body("items.find { it.severity == 'URGENT' }.firstResponse", equalTo("PT30M"))
                .body("items.find { it.severity == 'URGENT' }.onSiteArrival", equalTo("PT2H"))
                .body("items.find { it.severity == 'ROUTINE' }.resolution", equalTo("PT168H"));
    }

    @Test
    void aChangedPolicyAppliesToTicketsAcceptedAfterTheChange() {
        String before = importantTicket();
        as(Tokens.admin()).body(Map.of("firstResponse", "PT1H30M", "onSiteArrival", "PT4H", "resolution", "PT48H",
                "clock", "24x7", "atRiskPercent", 50)).put("/api/v1/sla/policies/IMPORTANT").then().statusCode(200)
                .body("firstResponse", equalTo("PT1H30M")).body("changedBy", equalTo("admin"));
        String after = importantTicket();
        assertThat(firstResponseTarget(before)).isEqualTo(Duration.ofHours(24));
        assertThat(firstResponseTarget(after)).isEqualTo(Duration.ofMinutes(90));
        ExtractableResponse<Response> t = ticket(after).extract();
        assertThat(Duration.between(Instant.parse(t.path("acceptedAt")), Instant.parse(t.path("sla.firstResponse.atRiskAt"))))
                .isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void aPolicyOnTheBusinessCalendarCountsOnlyWorkingTime() {
        as(Tokens.admin()).body(Map.of("firstResponse", "PT2H", "onSiteArrival", "PT8H", "resolution", "PT24H",
                "clock", "cn-mainland", "atRiskPercent", 80)).put("/api/v1/sla/policies/IMPORTANT").then()
                .statusCode(200);
        ExtractableResponse<Response> t = ticket(importantTicket()).extract();
        Instant accepted = Instant.parse(t.path("acceptedAt"));
        Instant due = Instant.parse(t.path("sla.firstResponse.dueAt"));
        assertThat((String) t.path("sla.clock")).isEqualTo("cn-mainland");
        LocalDateTime localDue = LocalDateTime.ofInstant(due, ZoneId.of("Asia/Shanghai"));
        assertThat(Duration.between(accepted, due)).isGreaterThanOrEqualTo(Duration.ofHours(2));
        assertThat(localDue.toLocalTime()).isBetween(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(17, 30));
    }

    @Test
    void onlyChosenChannelsCountAsTheFirstResponse() {
        as(Tokens.admin()).body(Map.of("firstResponse", "PT24H", "onSiteArrival", "PT24H", "resolution", "PT72H",
                "clock", "24x7", "firstResponseChannels", List.of("VISIT"))).put("/api/v1/sla/policies/IMPORTANT")
                .then().statusCode(200).body("firstResponseChannels", equalTo(List.of("VISIT")));
        String id = importantTicket();
        step(id, "contacts", Map.of("channel", "SMS", "summary", "短信告知")).statusCode(200)
                .body("ticket.sla.firstResponse.metAt", equalTo(null));
        step(id, "contacts", Map.of("channel", "VISIT", "summary", "上门")).statusCode(200)
                .body("ticket.sla.firstResponse.metAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void badPoliciesAreRefusedAndChangeNothing() {
        put(Map.of("firstResponse", "30 minutes", "onSiteArrival", "PT2H", "resolution", "PT24H", "clock", "24x7"),
                422, "firstResponse");
        put(Map.of("firstResponse", "PT0S", "onSiteArrival", "PT2H", "resolution", "PT24H", "clock", "24x7"),
                422, "firstResponse");
        put(Map.of("firstResponse", "PT30M", "onSiteArrival", "PT2H", "resolution", "PT24H", "clock", "lunar"),
                422, "clock");
        put(Map.of("firstResponse", "PT30M", "onSiteArrival", "PT2H", "resolution", "PT24H", "clock", "24x7",
                "atRiskPercent", 100), 422, "atRiskPercent");
        as(Tokens.admin()).body(IMPORTANT_DEFAULT).put("/api/v1/sla/policies/SEVERE").then().statusCode(400);
        as(Tokens.supervisor()).body(IMPORTANT_DEFAULT).put("/api/v1/sla/policies/IMPORTANT").then().statusCode(403);
        as(Tokens.agent()).get("/api/v1/sla/policies").then().statusCode(403);
        as(Tokens.admin()).get("/api/v1/sla/policies").then()
                .body("items.find { it.severity == 'IMPORTANT' }.firstResponse", equalTo("PT24H"));
    }

    @Test
    void aSeverityChangeRecomputesTheDueTimesFromAcceptance() {
        String id = Journeys.accepted();
        ExtractableResponse<Response> t = ticket(id).extract();
        Instant accepted = Instant.parse(t.path("acceptedAt"));
        as(Tokens.agent()).header("If-Match", t.header("ETag")).body(Map.of("severity", "URGENT",
                "severityReason", "老人独居，室温过低")).patch("/api/v1/tickets/" + id).then().statusCode(200)
                .body("ticket.severity", equalTo("URGENT"));
        ExtractableResponse<Response> changed = ticket(id).extract();
        assertThat(Instant.parse(changed.path("sla.firstResponse.dueAt"))).isEqualTo(accepted.plus(Duration.ofMinutes(30)));
        assertThat(Instant.parse(changed.path("sla.resolution.dueAt"))).isEqualTo(accepted.plus(Duration.ofHours(24)));
        // back to the suggested ROUTINE is no downgrade: a downgrade is measured against the suggestion
        as(Tokens.agent()).header("If-Match", changed.header("ETag")).body(Map.of("severity", "ROUTINE",
                "severityReason", "误判")).patch("/api/v1/tickets/" + id).then().statusCode(200);
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("items.type", hasItem("ticket.updated"))
                .body("items.find { it.type == 'ticket.updated' }.payload.after.severity", equalTo("URGENT"));
    }

    @Test
    void theOverrunShareAppliesToTicketsAcceptedAfterTheChangeOnly() {
        String before = importantTicket();
        Map<String, Object> policy = new HashMap<>(IMPORTANT_DEFAULT);
        policy.put("overrunPercent", 100);
        as(Tokens.admin()).body(policy).put("/api/v1/sla/policies/IMPORTANT").then().statusCode(200)
                .body("overrunPercent", equalTo(100));
        String after = importantTicket();
        // 72 h resolution: the default 50 % puts the overrun 36 h past the due time, 100 % puts it 72 h past
        assertThat(overrunPastResolutionDue(before)).isEqualTo(Duration.ofHours(36));
        assertThat(overrunPastResolutionDue(after)).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void theCurrencyAndBreachCompensationAreStoredOnTheVersionAndShown() {
        Map<String, Object> policy = new HashMap<>(IMPORTANT_DEFAULT);
        policy.put("currency", "HKD");
        policy.put("breachCompensation", List.of(Map.of("milestone", "FIRST_RESPONSE", "amount", 50),
                Map.of("milestone", "RESOLUTION", "amount", 120.5)));
        long version = ((Number) as(Tokens.admin()).body(policy).put("/api/v1/sla/policies/IMPORTANT").then()
                .statusCode(200).extract().path("version")).longValue();
        as(Tokens.manager()).get("/api/v1/sla/policies").then()
                .body("items.find { it.severity == 'IMPORTANT' }.currency", equalTo("HKD"))
                .body("items.find { it.severity == 'IMPORTANT' }.breachCompensation.milestone",
                        equalTo(List.of("FIRST_RESPONSE", "RESOLUTION")))
                .body("items.find { it.severity == 'IMPORTANT' }.breachCompensation[1].amount", equalTo(120.5f));
        assertThat(QuarkusTransaction.requiringNew().call(() -> SlaPolicy.<SlaPolicy>findById(version)
                .breachCompensation())).containsExactly(
                        new BreachCompensation(dev.loopline.ticket.SlaTerms.Milestone.FIRST_RESPONSE, new BigDecimal("50")),
                        new BreachCompensation(dev.loopline.ticket.SlaTerms.Milestone.RESOLUTION, new BigDecimal("120.5")));
        // left out, they take their defaults, as a PUT states the whole policy
        as(Tokens.admin()).body(IMPORTANT_DEFAULT).put("/api/v1/sla/policies/IMPORTANT").then().statusCode(200)
                .body("overrunPercent", equalTo(50)).body("currency", equalTo("CNY"))
                .body("breachCompensation", equalTo(List.of()));
    }

    @Test
    void badPolicyFieldsAreRefusedAndChangeNothing() {
        put(with("overrunPercent", 0), 422, "overrunPercent");
        put(with("overrunPercent", 1001), 422, "overrunPercent");
        put(with("currency", "cny"), 422, "currency");
        put(with("currency", "ABC"), 422, "currency");
        put(with("breachCompensation", List.of(Map.of("milestone", "FIRST_RESPONSE", "amount", 0))), 422,
                "breachCompensation[0].amount");
        put(with("breachCompensation", List.of(Map.of("milestone", "FIRST_RESPONSE", "amount", 1.234))), 422,
                "breachCompensation[0].amount");
        put(with("breachCompensation", List.of(Map.of("milestone", "ARRIVAL", "amount", 10))), 422,
                "breachCompensation[0].milestone");
        put(with("breachCompensation", List.of(Map.of("milestone", "RESOLUTION", "amount", 10),
                Map.of("milestone", "RESOLUTION", "amount", 20))), 422, "breachCompensation");
        as(Tokens.admin()).get("/api/v1/sla/policies").then()
                .body("items.find { it.severity == 'IMPORTANT' }.overrunPercent", equalTo(50))
                .body("items.find { it.severity == 'IMPORTANT' }.currency", equalTo("CNY"))
                .body("items.find { it.severity == 'IMPORTANT' }.breachCompensation", equalTo(List.of()));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> policy = new HashMap<>(IMPORTANT_DEFAULT);
        policy.put(field, value);
        return policy;
    }

    private static Duration overrunPastResolutionDue(String id) {
        Instant due = Instant.parse(ticket(id).extract().path("sla.resolution.dueAt"));
        Instant overrun = QuarkusTransaction.requiringNew()
                .call(() -> Ticket.<Ticket>findById(UUID.fromString(id)).resolutionOverrunAt);
        return Duration.between(due, overrun);
    }

    private static void put(Map<String, Object> body, int status, String field) {
        as(Tokens.admin()).body(body).put("/api/v1/sla/policies/IMPORTANT").then().statusCode(status)
                .body("errors.field", hasItem(field));
    }

    private static String importantTicket() {
        Map<String, Object> body = Intakes.aRoutineHeatingFeeComplaint();
        body.put("channel", "GOV_HOTLINE_12345");
        return intake(Tokens.agent(), body).statusCode(201).body("severity", equalTo("IMPORTANT")).extract().path("id");
    }

    private static Duration firstResponseTarget(String id) {
        ExtractableResponse<Response> t = ticket(id).extract();
        return Duration.between(Instant.parse(t.path("acceptedAt")), Instant.parse(t.path("sla.firstResponse.dueAt")));
    }
}
