package dev.loopline.sla;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static dev.loopline.support.Journeys.step;
import static dev.loopline.support.Journeys.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.loopline.support.Intakes;
import dev.loopline.support.Journeys;
import dev.loopline.support.Race;
import dev.loopline.support.Sql;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sweep flags at-risk and breached once each, with a timeline event, an outbox row and a metric. */
@QuarkusTest
class SweepTest {

    @Inject
    SlaSweep sweep;

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource db;


    @Test
    void anUrgentTicketIsFlaggedAtRiskThenBreachedExactlyOnce() throws Exception {
        String id = urgentTicket();
        clock.advance(Duration.ofMinutes(25));
        sweep.sweep(clock.instant());
        ticket(id).body("sla.firstResponse.atRisk", equalTo(true)).body("sla.firstResponse.breached", equalTo(false));
        clock.advance(Duration.ofMinutes(6));
        sweep.sweep(clock.instant());
        sweep.sweep(clock.instant());
        ticket(id).body("sla.firstResponse.breached", equalTo(true))
                .body("sla.firstResponse.breachedAt", notNullValue());
        assertThat(count("select count(*) from ticket_event where ticket_id = ? and type = 'sla.breached'", id))
                .isEqualTo(1);
        assertThat(count("select count(*) from ticket_event where ticket_id = ? and type = 'sla.at_risk'", id))
                .isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where ticket_id = ? and type like 'sla.%'", id))
                .isEqualTo(2);
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("items.find { it.type == 'sla.breached' }.actor", equalTo("loopline"))
                .body("items.find { it.type == 'sla.breached' }.payload.milestone", equalTo("FIRST_RESPONSE"));
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline/verification").then()
                .body("intact", equalTo(true));
        io.restassured.RestAssured.given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("loopline_sla_flags_total{flag=\"breached\",milestone=\"FIRST_RESPONSE\""));
    }

    @Test
    void aTicketAnsweredInTimeIsNeverFlaggedForItsResponse() throws Exception {
        String id = urgentTicket();
        step(id, "contacts", Journeys.CONTACT).statusCode(200);
        clock.advance(Duration.ofHours(2));
        sweep.sweep(clock.instant());
        ticket(id).body("sla.firstResponse.atRisk", equalTo(false)).body("sla.firstResponse.breached", equalTo(false));
    }

    @Test
    void aPausedTicketIsNotFlaggedWhileItsClockStands() {
        String id = urgentTicket();
        step(id, "pause", Map.of("reason", "用户不在家")).statusCode(200);
        clock.advance(Duration.ofHours(2));
        sweep.sweep(clock.instant());
        ticket(id).body("sla.firstResponse.breached", equalTo(false));
        step(id, "resume", Map.of()).statusCode(200);
        sweep.sweep(clock.instant());
        ticket(id).body("sla.firstResponse.breached", equalTo(false));
    }

    @Test
    void theResolutionMilestoneIsFlaggedToo() {
        String id = Journeys.investigating();
        clock.advance(Duration.ofDays(8));
        sweep.sweep(clock.instant());
        ticket(id).body("sla.resolution.breached", equalTo(true)).body("sla.firstResponse.breached", equalTo(false));
        as(Tokens.agent()).queryParam("breached", true).queryParam("phone", phoneOf(id)).get("/api/v1/tickets")
                .then().body("items.id", org.hamcrest.Matchers.contains(id));
    }

    @Test
    void severalSweepersAtOnceFlagEveryTicketExactlyOnce() throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(urgentTicket());
        }
        clock.advance(Duration.ofHours(2));
        Instant now = clock.instant();
        Race.of(4, () -> sweep.sweep(now));
        // a row another sweeper held was skipped, not lost: the next sweep takes it
        sweep.sweep(now);
        for (String id : ids) {
            assertThat(count("select count(*) from ticket_event where ticket_id = ? and type = 'sla.breached'", id))
                    .as(id).isEqualTo(1);
            assertThat(count("select count(*) from ticket_event where ticket_id = ? and type = 'sla.at_risk'", id))
                    .as(id).isEqualTo(1);
        }
    }

    private String urgentTicket() {
        Map<String, Object> body = Intakes.aRoutineHeatingFeeComplaint();
        body.put("channel", "MEDIA");
        return intake(Tokens.agent(), body).statusCode(201).body("severity", equalTo("URGENT")).extract().path("id");
    }

    private static String phoneOf(String id) {
        return ticket(id).extract().path("customer.phone");
    }

    private long count(String sql, String ticketId) throws Exception {
        return Sql.number(db, sql, UUID.fromString(ticketId));
    }
}
