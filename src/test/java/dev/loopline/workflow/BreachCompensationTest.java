package dev.loopline.workflow;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Journeys.step;
import static dev.loopline.support.Journeys.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.loopline.sla.SlaSweep;
import dev.loopline.support.Journeys;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A policy may say what a missed milestone earns the customer; the compensation step starts from that proposal. */
@QuarkusTest
class BreachCompensationTest {

    private static final Map<String, Object> ROUTINE = Map.of("firstResponse", "PT72H", "onSiteArrival", "PT72H",
            "resolution", "P7D", "clock", "24x7", "atRiskPercent", 80);

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    @BeforeEach
    void aLateFirstResponseEarnsFifty() {
        Map<String, Object> policy = new java.util.HashMap<>(ROUTINE);
        policy.put("breachCompensation", List.of(Map.of("milestone", "FIRST_RESPONSE", "amount", 50)));
        as(Tokens.admin()).body(policy).put("/api/v1/sla/policies/ROUTINE").then().statusCode(200);
    }

    @AfterEach
    void restoreThePolicy() {
        as(Tokens.admin()).body(ROUTINE).put("/api/v1/sla/policies/ROUTINE").then().statusCode(200);
    }

    /** A routine ticket whose first response came late, now at the compensation step. */
    private String aLateTicketAtCompensation() {
        String id = Journeys.accepted();
        clock.advance(Duration.ofHours(73));
        sweep.sweep(Instant.now(clock));
        ticket(id).body("sla.firstResponse.breached", equalTo(true));
        step(id, "contacts", Journeys.CONTACT).statusCode(200);
        step(id, "investigation", Map.of()).statusCode(200);
        step(id, "findings", Journeys.FINDINGS).statusCode(200).body("ticket.compensationProposal", nullValue());
        Object amount = step(id, "agreement", Map.of("options", List.of("今日排气调试", "更换阀门"), "agreedOption", 0,
                "promisedBy", Instant.now(clock).plus(Duration.ofDays(1)).toString())).statusCode(200)
                .body("ticket.compensationProposal.currency", equalTo("CNY"))
                .body("ticket.compensationProposal.milestones", equalTo(List.of("FIRST_RESPONSE")))
                .extract().path("ticket.compensationProposal.amount");
        assertThat(new BigDecimal(amount.toString())).isEqualByComparingTo("50");
        return id;
    }

    @Test
    void givingLessThanTheProposalNeedsAReasonTheCustomerReads() {
        String id = aLateTicketAtCompensation();
        step(id, "compensation", Map.of("type", "FEE_REDUCTION", "amount", 30)).statusCode(409)
                .body("rule", equalTo("DECLINING_A_PROPOSAL_NEEDS_REASON"));
        step(id, "compensation", Map.of("type", "NONE")).statusCode(409);
        step(id, "compensation", Map.of("type", "FEE_REDUCTION", "amount", 30, "reason", "已减免当月部分热费"))
                .statusCode(200).body("ticket.status", equalTo("FOLLOWING_UP"));
        step(id, "follow-up", Map.of("reached", true, "satisfaction", 4)).statusCode(200);
        Object owed = as(Tokens.agent()).get("/api/v1/tickets/" + id + "/report").then().statusCode(200)
                .body("compensation.proposalDecision", equalTo("DECLINED"))
                .body("compensation.reason", equalTo("已减免当月部分热费"))
                .extract().path("compensation.proposal.amount");
        assertThat(new BigDecimal(owed.toString())).isEqualByComparingTo("50");
        String html = as(Tokens.agent()).accept("text/html").get("/api/v1/tickets/" + id + "/report").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("服务承诺补偿").contains("50 元（未按时首次响应）");
    }

    @Test
    void theProposalTakenAsItIsOrRaisedWithinAuthority() {
        String taken = aLateTicketAtCompensation();
        step(taken, "compensation", Map.of("type", "FEE_REDUCTION", "amount", 50)).statusCode(200)
                .body("ticket.status", equalTo("FOLLOWING_UP"));
        String raised = aLateTicketAtCompensation();
        step(raised, "compensation", Map.of("type", "FEE_REDUCTION", "amount", 300)).statusCode(200)
                .body("ticket.status", equalTo("PENDING_APPROVAL"));
    }
}
