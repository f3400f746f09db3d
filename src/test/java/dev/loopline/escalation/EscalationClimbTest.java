package dev.loopline.escalation;

import static dev.loopline.escalation.EscalationTest.acknowledge;
import static dev.loopline.escalation.EscalationTest.escalations;
import static dev.loopline.escalation.EscalationTest.raise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.loopline.sla.SlaSweep;
import dev.loopline.support.Journeys;
import dev.loopline.support.Race;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An escalation not acknowledged in time climbs one level by itself, exactly once, even with sweepers racing. */
@QuarkusTest
class EscalationClimbTest {

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    @Inject
    EscalationClimb climb;


    @Test
    void anUnacknowledgedLevelOneClimbsToLevelTwoAndThenToThree() {
        String id = Journeys.contacted();
        String one = raise(id, Map.of("trigger", "CUSTOMER_REQUEST", "reason", "要见领导")).statusCode(201)
                .body("ackDueAt", notNullValue()).extract().path("id");
        clock.advance(Duration.ofHours(8).plusMinutes(1));
        runJobs(clock.instant());
        escalations(id).body("items", hasSize(2))
                .body("items.find { it.level == 1 }.climbedAt", notNullValue())
                .body("items.find { it.level == 2 }.climbedFrom", equalTo(one))
                .body("items.find { it.level == 2 }.open", equalTo(true));
        acknowledge(Tokens.supervisor(), one).statusCode(409).body("rule", equalTo("ESCALATION_CLIMBED"));
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        runJobs(clock.instant());
        runJobs(clock.instant());
        escalations(id).body("items", hasSize(3)).body("items.find { it.level == 3 }.trigger",
                equalTo("CUSTOMER_REQUEST"));
    }

    @Test
    void aLevelThatClimbsIntoAnOpenHigherLevelIsNoLongerOpen() {
        String id = Journeys.contacted();
        String one = raise(id, Map.of("trigger", "CUSTOMER_REQUEST", "reason", "要见领导")).statusCode(201)
                .extract().path("id");
        raise(id, Map.of("trigger", "MANUAL", "level", 2, "reason", "经理督办")).statusCode(201);
        clock.advance(Duration.ofHours(8).plusMinutes(1));
        runJobs(clock.instant());
        escalations(id).body("items.find { it.id == '" + one + "' }.open", equalTo(false))
                .body("items.findAll { it.level == 2 }", hasSize(1));
    }

    @Test
    void anAcknowledgedEscalationDoesNotClimb() {
        String id = Journeys.contacted();
        String one = raise(id, Map.of("trigger", "CUSTOMER_REQUEST", "reason", "要见领导")).extract().path("id");
        acknowledge(Tokens.supervisor(), one).statusCode(200);
        clock.advance(Duration.ofDays(2));
        runJobs(clock.instant());
        escalations(id).body("items", hasSize(1));
    }

    @Test
    void racingSweepersClimbEachEscalationOnce() throws Exception {
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = Journeys.contacted();
            raise(id, Map.of("trigger", "CUSTOMER_REQUEST", "reason", "要见领导")).statusCode(201);
            tickets.add(id);
        }
        clock.advance(Duration.ofHours(9));
        Instant now = clock.instant();
        Race.of(4, () -> runJobs(now));
        runJobs(now);
        for (String id : tickets) {
            List<Integer> levels = escalations(id).extract().path("items.level");
            assertThat(levels).as(id).containsExactlyInAnyOrder(1, 2);
        }
    }

    /** What the two scheduled jobs do at `now`: the SLA sweep, then the escalation climb. */
    private int runJobs(Instant now) {
        sweep.sweep(now);
        return climb.climbOverdue(now);
    }
}
