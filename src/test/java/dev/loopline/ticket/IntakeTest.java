package dev.loopline.ticket;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static dev.loopline.support.Intakes.aHeatingComplaint;
import static dev.loopline.support.Intakes.aRoutineHeatingFeeComplaint;
import static dev.loopline.support.Intakes.aVulnerableCustomerWithoutHeat;
import static dev.loopline.support.Intakes.customerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntakeTest {

    @Test
    void theIntakeAnswerShowsTheSameStepsAsAReadOfTheTicket() {
        // from the media: intake also raises an escalation, an event that does not move the ticket
        Map<String, Object> body = aRoutineHeatingFeeComplaint();
        body.put("channel", "MEDIA");
        ExtractableResponse<Response> created = intake(Tokens.agent(), body).statusCode(201).extract();
        ExtractableResponse<Response> read = as(Tokens.agent()).get("/api/v1/tickets/" + created.path("id"))
                .then().statusCode(200).extract();
        for (String field : List.of("status", "enteredAt", "leftAt", "heldBy", "leftBy")) {
            List<Object> answered = created.path("steps." + field);
            assertThat(answered).as(field).hasSize(1).isEqualTo(read.path("steps." + field));
        }
        assertThat(created.header("ETag")).isEqualTo(read.header("ETag"));
    }

    @Test
    void canonicalIntakeAnswers201WithLocationNumberSuggestedSeverityAndDueTimes() {
        Instant before = Instant.now();
        ExtractableResponse<Response> created = intake(Tokens.agent(), aVulnerableCustomerWithoutHeat())
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/tickets/[0-9a-f-]{36}"))
                .header("ETag", notNullValue())
                .body("number", matchesPattern("HT-\\d{4}-\\d{6}"))
                .body("status", equalTo("ACCEPTED"))
                .body("severity", equalTo("URGENT"))
                .body("suggestedSeverity", equalTo("URGENT"))
                .body("severityRules", hasItem("VULNERABLE_WITHOUT_SUPPLY"))
                .body("complaintClass", equalTo("ORDINARY"))
                .body("repeatOf", empty())
                .body("owner", equalTo("wang.fang"))
                .body("customer.vulnerabilities", contains("ELDERLY_ALONE"))
                .body("sla.clock", equalTo("24x7"))
                .body("version", equalTo(0))
                .extract();
        Instant acceptedAt = Instant.parse(created.path("acceptedAt"));
        assertThat(acceptedAt).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        assertThat(Instant.parse(created.path("sla.firstResponse.dueAt")))
                .isEqualTo(acceptedAt.plus(Duration.ofMinutes(30)));
        assertThat(Instant.parse(created.path("sla.firstResponse.atRiskAt")))
                .isEqualTo(acceptedAt.plus(Duration.ofMinutes(24)));
        assertThat(Instant.parse(created.path("sla.resolution.dueAt"))).isEqualTo(acceptedAt.plus(Duration.ofHours(24)));
        assertThat(created.header("Location")).endsWith((String) created.path("id"));
    }

    @Test
    void routineComplaintGetsRoutineTargetsAndNoRules() {
        ExtractableResponse<Response> created = intake(Tokens.agent(), aRoutineHeatingFeeComplaint()).statusCode(201)
                .body("severity", equalTo("ROUTINE"))
                .body("severityRules", empty())
                .extract();
        Instant acceptedAt = Instant.parse(created.path("acceptedAt"));
        assertThat(Instant.parse(created.path("sla.firstResponse.dueAt"))).isEqualTo(acceptedAt.plus(Duration.ofHours(72)));
        assertThat(Instant.parse(created.path("sla.resolution.dueAt"))).isEqualTo(acceptedAt.plus(Duration.ofDays(7)));
    }

    @Test
    void numbersAreUniquePerUtilityPrefixAndCountUp() {
        String first = intake(Tokens.agent(), aRoutineHeatingFeeComplaint()).statusCode(201).extract().path("number");
        String second = intake(Tokens.agent(), aRoutineHeatingFeeComplaint()).statusCode(201).extract().path("number");
        assertThat(sequenceOf(second)).isGreaterThan(sequenceOf(first));
        Map<String, Object> power = aRoutineHeatingFeeComplaint();
        power.put("utility", "POWER");
        power.put("category", "ELECTRICITY_BILL");
        intake(Tokens.agent(), power).statusCode(201).body("number", matchesPattern("PW-\\d{4}-\\d{6}"));
    }

    @Test
    void mediaChannelAndGovernmentHotlineRaiseTheSuggestion() {
        Map<String, Object> media = aRoutineHeatingFeeComplaint();
        media.put("channel", "MEDIA");
        intake(Tokens.agent(), media).statusCode(201).body("severity", equalTo("URGENT"))
                .body("severityRules", contains("MEDIA_OR_REGULATOR"));
        Map<String, Object> transfer = aRoutineHeatingFeeComplaint();
        transfer.put("channel", "GOV_HOTLINE_12345");
        intake(Tokens.agent(), transfer).statusCode(201).body("severity", equalTo("IMPORTANT"))
                .body("severityRules", contains("GOV_HOTLINE_TRANSFER"));
    }

    @Test
    void agentMayRaiseTheSeverityWithAReason() {
        Map<String, Object> body = aRoutineHeatingFeeComplaint();
        body.put("severity", "IMPORTANT");
        body.put("severityReason", "用户情绪激动，已多次来电");
        intake(Tokens.agent(), body).statusCode(201)
                .body("severity", equalTo("IMPORTANT"))
                .body("suggestedSeverity", equalTo("ROUTINE"))
                .body("severityReason", equalTo("用户情绪激动，已多次来电"));
    }

    @Test
    void aChangedSeverityWithoutReasonIsRefused() {
        Map<String, Object> body = aRoutineHeatingFeeComplaint();
        body.put("severity", "URGENT");
        intake(Tokens.agent(), body).statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("SEVERITY_OVERRIDE_NEEDS_REASON"))
                .body("errors.field", hasItem("severityReason"));
    }

    @Test
    void agentMayNotDowngradeBelowTheSuggestion() {
        Map<String, Object> body = aVulnerableCustomerWithoutHeat();
        body.put("severity", "ROUTINE");
        body.put("severityReason", "用户说不急");
        String phone = (String) customerOf(body).get("phone");
        intake(Tokens.agent(), body).statusCode(403)
                .contentType("application/problem+json")
                .body("rule", equalTo("SEVERITY_DOWNGRADE_NEEDS_SUPERVISOR"));
        as(Tokens.agent()).queryParam("phone", phone).get("/api/v1/customers/history").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void supervisorMayDowngradeAndTheOverrideIsRecorded() {
        Map<String, Object> body = aVulnerableCustomerWithoutHeat();
        body.put("severity", "IMPORTANT");
        body.put("severityReason", "家属已接老人同住");
        String id = intake(Tokens.supervisor(), body).statusCode(201)
                .body("severity", equalTo("IMPORTANT"))
                .body("suggestedSeverity", equalTo("URGENT"))
                .extract().path("id");
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline").then().statusCode(200)
                .body("items[0].type", equalTo("ticket.accepted"))
                .body("items[0].actor", equalTo("zhao.lei"))
                .body("items[0].actorRole", equalTo("supervisor"))
                .body("items[0].payload.severityOverride.from", equalTo("URGENT"))
                .body("items[0].payload.severityOverride.to", equalTo("IMPORTANT"))
                .body("items[0].payload.severityOverride.reason", equalTo("家属已接老人同住"));
    }

    @Test
    void timelineStartsWithTheIntakeEventByItsActorAtAcceptance() {
        ExtractableResponse<Response> created = intake(Tokens.agent(), aVulnerableCustomerWithoutHeat()).statusCode(201)
                .extract();
        String id = created.path("id");
        as(Tokens.manager()).get("/api/v1/tickets/" + id + "/timeline").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].seq", equalTo(1))
                .body("items[0].type", equalTo("ticket.accepted"))
                .body("items[0].actor", equalTo("wang.fang"))
                .body("items[0].occurredAt", equalTo(created.path("acceptedAt")))
                .body("items[0].payload.number", equalTo(created.path("number")))
                .body("items[0].hash", matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void phoneIsStoredInOneFormSoSpacedAndPlainNumbersAreTheSameCustomer() {
        Map<String, Object> body = aRoutineHeatingFeeComplaint();
        String phone = (String) customerOf(body).get("phone");
        customerOf(body).put("phone", phone.substring(0, 3) + " " + phone.substring(3, 7) + "-" + phone.substring(7));
        intake(Tokens.agent(), body).statusCode(201).body("customer.phone", equalTo("+86" + phone));
    }

    @Test
    void aCustomerKnownOnlyByAccountIsAccepted() {
        Map<String, Object> body = aRoutineHeatingFeeComplaint();
        customerOf(body).remove("phone");
        intake(Tokens.agent(), body).statusCode(201).body("customer.phone", nullValue());
    }

    @Test
    void categoryOfAnotherUtilityIsRefused() {
        Map<String, Object> body = aHeatingComplaint(dev.loopline.support.Intakes.aFreshPhone(), null, "OUTAGE",
                List.of());
        intake(Tokens.agent(), body).statusCode(422).body("errors.field", contains("category"))
                .body("detail", containsString("HEATING"));
    }

    private static int sequenceOf(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
