package dev.loopline.sla;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopline.support.Intakes;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the real scheduler at its production default (every 5 s), a breach is flagged within 10 s of its due time. */
@QuarkusTest
@TestProfile(SweepSchedulerTest.RealScheduler.class)
class SweepSchedulerTest {

    /** The test profile with the sweep job switched on, as in production. */
    public static class RealScheduler implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("loopline.sla.sweep-every", "5s");
        }
    }

    private static final Map<String, Object> ROUTINE_DEFAULT = Map.of("firstResponse", "PT72H",
            "onSiteArrival", "PT72H", "resolution", "PT168H", "clock", "24x7", "atRiskPercent", 80,
            "firstResponseChannels", List.of("PHONE", "SMS", "VISIT", "WECHAT", "EMAIL", "LETTER", "OTHER",
                    "STEWARD_ARRIVAL"));

    @Test
    void aBreachIsFlaggedWithinTenSecondsOfItsDueTime() throws Exception {
        as(Tokens.admin()).body(Map.of("firstResponse", "PT3S", "onSiteArrival", "PT72H", "resolution", "PT168H",
                "clock", "24x7", "atRiskPercent", 50)).put("/api/v1/sla/policies/ROUTINE").then().statusCode(200);
        String id;
        try {
            id = intake(Tokens.agent(), Intakes.aRoutineHeatingFeeComplaint()).statusCode(201).extract().path("id");
        } finally {
            as(Tokens.admin()).body(ROUTINE_DEFAULT).put("/api/v1/sla/policies/ROUTINE").then().statusCode(200);
        }
        ExtractableResponse<Response> ticket = null;
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            ticket = as(Tokens.agent()).get("/api/v1/tickets/" + id).then().statusCode(200).extract();
            if (Boolean.TRUE.equals(ticket.path("sla.firstResponse.breached"))) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat((Boolean) ticket.path("sla.firstResponse.breached")).as("flagged within 20 s").isTrue();
        Instant due = Instant.parse(ticket.path("sla.firstResponse.dueAt"));
        Instant flagged = Instant.parse(ticket.path("sla.firstResponse.breachedAt"));
        assertThat(Duration.between(due, flagged)).isBetween(Duration.ZERO, Duration.ofSeconds(10));
    }
}
