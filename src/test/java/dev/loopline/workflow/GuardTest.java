package dev.loopline.workflow;

import static dev.loopline.support.Journeys.CONTACT;
import static dev.loopline.support.Journeys.FINDINGS;
import static dev.loopline.support.Journeys.step;
import static dev.loopline.support.Journeys.ticket;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.support.Journeys;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each guard of the loop refuses with 409 naming its rule, and the refused step changes nothing. */
@QuarkusTest
class GuardTest {

    @Test
    void noStepMayBeSkipped() {
        String id = Journeys.contacted();
        refused(step(id, "findings", FINDINGS), "STEPS_IN_ORDER");
        refused(step(id, "follow-up", Map.of("reached", true, "satisfaction", 5)), "STEPS_IN_ORDER");
        refused(step(id, "compensation", Map.of("type", "NONE", "reason", "x")), "STEPS_IN_ORDER");
        ticket(id).body("status", equalTo("ACCEPTED")).body("version", equalTo(1));
    }

    @Test
    void leavingAcceptedNeedsALoggedContact() {
        String id = Journeys.accepted();
        refused(step(id, "investigation", Map.of("note", "x")), "FIRST_CONTACT_REQUIRED");
        ticket(id).body("status", equalTo("ACCEPTED")).body("sla.firstResponse.metAt", equalTo(null));
        step(id, "contacts", CONTACT).statusCode(200);
        step(id, "investigation", Map.of("note", "x")).statusCode(200);
    }

    @Test
    void findingsNeedTextRootCauseAndADepartment() {
        String id = Journeys.investigating();
        refused(step(id, "findings", Map.of("rootCause", "PRODUCT",
                "responsibleDepartments", List.of(Map.of("name", "管网运行部", "role", "PRIMARY")))), "FINDINGS_NEED_TEXT");
        refused(step(id, "findings", Map.of("findings", "测温17.5度",
                "responsibleDepartments", List.of(Map.of("name", "管网运行部", "role", "PRIMARY")))),
                "FINDINGS_NEED_ROOT_CAUSE");
        refused(step(id, "findings", Map.of("findings", "测温17.5度", "rootCause", "SERVICE",
                "responsibleDepartments", List.of())), "FINDINGS_NEED_RESPONSIBLE_DEPARTMENT");
        ticket(id).body("status", equalTo("INVESTIGATING"));
    }

    @Test
    void anAgreementNeedsTwoOptionsTheAgreedOneAmongThemAndAPromisedTime() {
        String id = Journeys.negotiating();
        refused(step(id, "agreement", Map.of("options", List.of("更换阀门"), "agreedOption", 0,
                "promisedBy", "2099-01-01T00:00:00Z")), "AGREEMENT_NEEDS_TWO_OPTIONS");
        refused(step(id, "agreement", Map.of("options", List.of("排气", "换阀"), "agreedOption", 2,
                "promisedBy", "2099-01-01T00:00:00Z")), "AGREED_OPTION_AMONG_OPTIONS");
        refused(step(id, "agreement", Map.of("options", List.of("排气", "换阀"), "agreedOption", 1)),
                "AGREEMENT_NEEDS_PROMISED_TIME");
        refused(step(id, "agreement", Map.of("options", List.of("排气", "换阀"), "agreedOption", 1,
                "promisedBy", "2020-01-01T00:00:00Z")), "AGREEMENT_NEEDS_PROMISED_TIME");
        ticket(id).body("status", equalTo("NEGOTIATING"));
    }

    @Test
    void noCompensationNeedsAReasonAndCompensationNeedsAnAmount() {
        String id = Journeys.compensating();
        refused(step(id, "compensation", Map.of("type", "NONE")), "NO_COMPENSATION_NEEDS_REASON");
        refused(step(id, "compensation", Map.of("type", "VOUCHER")), "COMPENSATION_NEEDS_AMOUNT");
        step(id, "compensation", Map.of("type", "VOUCHER", "amount", -5)).statusCode(422);
        step(id, "compensation", Map.of("type", "VOUCHER", "amount", 5, "currency", "USD")).statusCode(422);
        ticket(id).body("status", equalTo("COMPENSATING"));
    }

    @Test
    void closingAMajorTicketNeedsASupervisorsSignOff() {
        String id = Journeys.followingUp();
        String etag = ticket(id).extract().header("ETag");
        dev.loopline.support.Api.as(Tokens.supervisor()).header("If-Match", etag).body(Map.of("complaintClass", "MAJOR"))
                .patch("/api/v1/tickets/" + id).then().statusCode(200);
        Map<String, Object> satisfied = Map.of("reached", true, "satisfaction", 4);
        refused(step(id, "follow-up", satisfied), "CLOSE_NEEDS_SUPERVISOR_SIGN_OFF");
        step(id, "sign-off", Map.of("note", "同意结案")).statusCode(403);
        step(Tokens.supervisor(), id, "sign-off", Map.of("note", "同意结案")).statusCode(200)
                .body("ticket.outcomes.closureSignedOffBy", equalTo("zhao.lei"));
        step(id, "follow-up", satisfied).statusCode(200).body("ticket.status", equalTo("CLOSED"));
    }

    @Test
    void aClosedTicketTakesNoMoreSteps() {
        String id = Journeys.closed();
        refused(step(id, "contacts", CONTACT), "STEPS_IN_ORDER");
        refused(step(id, "pause", Map.of("reason", "x")), "STEPS_IN_ORDER");
    }

    private static void refused(ValidatableResponse response, String rule) {
        response.statusCode(409).contentType("application/problem+json").body("rule", equalTo(rule));
    }
}
