package dev.loopline.workflow;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Journeys.FINDINGS;
import static dev.loopline.support.Journeys.step;
import static dev.loopline.support.Journeys.ticket;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.loopline.support.Journeys;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FollowUpTest {

    @Test
    void aDissatisfiedCustomerReopensTheTicketIntoInvestigationKeepingItsHistory() {
        String id = Journeys.followingUp();
        step(id, "follow-up", Map.of("reached", true, "satisfaction", 2, "comment", "还是不热")).statusCode(200)
                .body("ticket.status", equalTo("INVESTIGATING"))
                .body("ticket.outcomes.reopenCount", equalTo(1))
                .body("ticket.closedAt", equalTo(null));
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("items.type", hasItems("ticket.findings_recorded", "ticket.compensation_recorded",
                        "ticket.reopened"))
                .body("items.find { it.type == 'ticket.reopened' }.payload.satisfaction", equalTo(2));
        step(id, "findings", FINDINGS).statusCode(200).body("ticket.status", equalTo("NEGOTIATING"));
    }

    @Test
    void anUnreachedCustomerKeepsTheTicketInFollowUpForAnotherCallback() {
        String id = Journeys.followingUp();
        step(id, "follow-up", Map.of("reached", false, "comment", "无人接听")).statusCode(200)
                .body("ticket.status", equalTo("FOLLOWING_UP"));
        step(id, "follow-up", Map.of("reached", true, "satisfaction", 5)).statusCode(200)
                .body("ticket.status", equalTo("CLOSED"));
    }

    @Test
    void aReachedCustomerNeedsASatisfactionScoreFromOneToFive() {
        String id = Journeys.followingUp();
        step(id, "follow-up", Map.of("reached", true)).statusCode(422)
                .body("rule", equalTo("FOLLOW_UP_NEEDS_SATISFACTION"));
        step(id, "follow-up", Map.of("reached", true, "satisfaction", 6)).statusCode(422)
                .body("errors[0].field", equalTo("satisfaction"));
        step(id, "follow-up", Map.of("reached", true, "satisfaction", 0)).statusCode(422);
        ticket(id).body("status", equalTo("FOLLOWING_UP"));
    }

    @Test
    void aCustomerWhoCallsBackReopensAClosedTicket() {
        String id = Journeys.closed();
        step(id, "reopen", Map.of("reason", "用户来电表示问题复发")).statusCode(200)
                .body("ticket.status", equalTo("INVESTIGATING"))
                .body("ticket.outcomes.satisfaction", equalTo(null));
        step(id, "reopen", Map.of("reason", "again")).statusCode(409).body("rule", equalTo("STEPS_IN_ORDER"));
        step(id, "reopen", Map.of()).statusCode(422);
    }
}
