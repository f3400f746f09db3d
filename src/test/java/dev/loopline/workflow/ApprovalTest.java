package dev.loopline.workflow;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Journeys.step;
import static dev.loopline.support.Journeys.ticket;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.support.Journeys;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Compensation beyond the actor's authority waits for a role whose limit covers it. */
@QuarkusTest
class ApprovalTest {

    private static final Map<String, Object> APPROVE = Map.of("approved", true, "note", "同意");

    @AfterEach
    void restoreDefaultLimits() {
        setLimit("agent", 200, false, false);
    }

    @Test
    void anAgentsCompensationAboveTwoHundredWaitsAndASupervisorApprovesIt() {
        String id = Journeys.compensating();
        step(id, "compensation", Map.of("type", "REFUND", "amount", 500, "currency", "CNY")).statusCode(200)
                .body("ticket.status", equalTo("PENDING_APPROVAL"));
        step(id, "compensation/approval", APPROVE).statusCode(403);
        step(Tokens.supervisor(), id, "compensation/approval", APPROVE).statusCode(200)
                .body("ticket.status", equalTo("FOLLOWING_UP"));
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("items.find { it.type == 'ticket.compensation_approved' }.actor", equalTo("zhao.lei"))
                .body("items.find { it.type == 'ticket.compensation_requested' }.payload.requesterLimit",
                        equalTo(200.0f));
    }

    @Test
    void aSupervisorsOwnRequestNeedsAnotherApproverWithEnoughAuthority() {
        String id = Journeys.compensating();
        step(Tokens.supervisor(), id, "compensation", Map.of("type", "CASH", "amount", 5000)).statusCode(200)
                .body("ticket.status", equalTo("PENDING_APPROVAL"));
        step(Tokens.supervisor(), id, "compensation/approval", APPROVE).statusCode(403)
                .body("rule", equalTo("NO_SELF_APPROVAL"));
        step(Tokens.of("supervisor", "sun.li"), id, "compensation/approval", APPROVE).statusCode(403)
                .body("rule", equalTo("APPROVAL_BEYOND_AUTHORITY"));
        step(Tokens.manager(), id, "compensation/approval", APPROVE).statusCode(200)
                .body("ticket.status", equalTo("FOLLOWING_UP"));
    }

    @Test
    void withinTheSupervisorsLimitTheSupervisorDecidesDirectly() {
        String id = Journeys.compensating();
        step(Tokens.supervisor(), id, "compensation", Map.of("type", "CASH", "amount", 1500)).statusCode(200)
                .body("ticket.status", equalTo("FOLLOWING_UP"));
    }

    @Test
    void aRejectionSendsTheTicketBackToCompensation() {
        String id = Journeys.compensating();
        step(id, "compensation", Map.of("type", "REFUND", "amount", 800)).statusCode(200);
        step(Tokens.manager(), id, "compensation/approval", Map.of("approved", false, "note", "金额过高")).statusCode(200)
                .body("ticket.status", equalTo("COMPENSATING"));
        step(id, "compensation", Map.of("type", "REFUND", "amount", 180)).statusCode(200)
                .body("ticket.status", equalTo("FOLLOWING_UP"));
    }

    @Test
    void theLimitsAreTheAdminsToChange() {
        setLimit("agent", 1000, false, false);
        String id = Journeys.compensating();
        step(id, "compensation", Map.of("type", "REFUND", "amount", 800)).statusCode(200)
                .body("ticket.status", equalTo("FOLLOWING_UP"));
        as(Tokens.supervisor()).body(Map.of("compensationLimit", 1, "mayDowngradeSeverity", true,
                "maySignOffClosure", true)).put("/api/v1/admin/authority/agent").then().statusCode(403);
        as(Tokens.admin()).body(Map.of("compensationLimit", 10, "mayDowngradeSeverity", true,
                "maySignOffClosure", true)).put("/api/v1/admin/authority/boss").then().statusCode(400);
        as(Tokens.agent()).get("/api/v1/admin/authority").then().statusCode(200)
                .body("items.find { it.role == 'manager' }.compensationLimit", equalTo(20000.0f));
    }

    @Test
    void approvalOutsidePendingApprovalIsOutOfOrder() {
        String id = Journeys.compensating();
        step(Tokens.manager(), id, "compensation/approval", APPROVE).statusCode(409)
                .body("rule", equalTo("STEPS_IN_ORDER"));
        ticket(id).body("status", equalTo("COMPENSATING"));
    }

    private static void setLimit(String role, int limit, boolean downgrade, boolean signOff) {
        as(Tokens.admin()).body(Map.of("compensationLimit", limit, "mayDowngradeSeverity", downgrade,
                "maySignOffClosure", signOff)).put("/api/v1/admin/authority/" + role).then().statusCode(200);
    }
}
