package dev.loopline.workflow;

import static dev.loopline.support.Journeys.step;
import static dev.loopline.support.Journeys.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.support.Journeys;
import dev.loopline.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pausing stops the SLA clocks; resuming moves every running due time by exactly the paused time. */
@QuarkusTest
class PauseTest {

    @Inject
    TestClock clock;


    @Test
    void resumingMovesEveryRunningDueTimeByThePausedDuration() {
        String id = Journeys.accepted();
        ExtractableResponse<Response> before = ticket(id).extract();
        step(id, "pause", Map.of("reason", "用户不在家")).statusCode(200)
                .body("ticket.status", equalTo("AWAITING_CUSTOMER"))
                .body("ticket.sla.paused", equalTo(true));
        clock.advance(Duration.ofMinutes(95).plusSeconds(7));
        ExtractableResponse<Response> after = step(id, "resume", Map.of()).statusCode(200)
                .body("ticket.status", equalTo("ACCEPTED"))
                .body("ticket.sla.paused", equalTo(false))
                .extract();
        Duration paused = Duration.between(Instant.parse(after.path("ticket.steps[1].enteredAt")),
                Instant.parse(after.path("ticket.steps[2].enteredAt")));
        assertThat(paused).isBetween(Duration.ofMinutes(95).plusSeconds(7), Duration.ofMinutes(96));
        for (String due : new String[] {"firstResponse.dueAt", "firstResponse.atRiskAt", "resolution.dueAt",
                "resolution.atRiskAt"}) {
            assertThat(Duration.between(Instant.parse(before.path("sla." + due)),
                    Instant.parse(after.path("ticket.sla." + due)))).as(due).isEqualTo(paused);
        }
    }

    @Test
    void aMetFirstResponseStaysWhereItWas() {
        String id = Journeys.investigating();
        ExtractableResponse<Response> before = ticket(id).extract();
        step(id, "pause", Map.of("reason", "等待用户提供材料")).statusCode(200);
        clock.advance(Duration.ofHours(3));
        ExtractableResponse<Response> after = step(id, "resume", Map.of()).statusCode(200)
                .body("ticket.status", equalTo("INVESTIGATING")).extract();
        assertThat((String) after.path("ticket.sla.firstResponse.dueAt"))
                .isEqualTo(before.path("sla.firstResponse.dueAt"));
        assertThat(Duration.between(Instant.parse(before.path("sla.resolution.dueAt")),
                Instant.parse(after.path("ticket.sla.resolution.dueAt")))).isGreaterThanOrEqualTo(Duration.ofHours(3));
    }

    @Test
    void aPausedTicketTakesNoStepsButCanBeContacted() {
        String id = Journeys.contacted();
        step(id, "pause", Map.of("reason", "用户不在家")).statusCode(200);
        step(id, "pause", Map.of("reason", "again")).statusCode(409).body("rule", equalTo("STEPS_IN_ORDER"));
        step(id, "investigation", Map.of()).statusCode(409);
        step(id, "contacts", Journeys.CONTACT).statusCode(200).body("ticket.status", equalTo("AWAITING_CUSTOMER"));
        step(id, "pause", Map.of()).statusCode(422);
    }

    @Test
    void resumingANonPausedTicketIsOutOfOrder() {
        String id = Journeys.accepted();
        step(id, "resume", Map.of()).statusCode(409).body("rule", equalTo("STEPS_IN_ORDER"));
    }
}
