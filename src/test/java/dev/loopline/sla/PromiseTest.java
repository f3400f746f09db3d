package dev.loopline.sla;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Journeys.step;
import static dev.loopline.support.Journeys.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.loopline.support.Journeys;
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

/** The agreement's promisedBy is a milestone: not compensated by then, the sweep flags it broken, once. */
@QuarkusTest
class PromiseTest {

    private static final Map<String, Object> FEE_REDUCTION = Map.of("type", "FEE_REDUCTION", "amount", 150,
            "currency", "CNY");

    @Inject
    SlaSweep sweep;

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource db;

    @Test
    void aPromiseNotDeliveredByItsTimeIsFlaggedBrokenExactlyOnce() throws Exception {
        String id = compensatingWithPromiseIn(Duration.ofHours(4));
        clock.advance(Duration.ofHours(3));
        sweep.sweep(clock.instant());
        ticket(id).body("sla.promise.breached", equalTo(false));

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        Instant now = clock.instant();
        assertThat(sweep.sweep(now).flagged().get(SlaFlag.PROMISE_BROKEN)).isPositive();
        assertThat(sweep.sweep(now).flagged().get(SlaFlag.PROMISE_BROKEN)).as("a second sweep flags nothing")
                .isZero();
        ticket(id).body("sla.promise.breached", equalTo(true)).body("sla.promise.breachedAt", notNullValue())
                .body("sla.promise.metAt", nullValue());
        assertThat(count("select count(*) from ticket_event where ticket_id = ? and type = 'promise.broken'", id))
                .isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where ticket_id = ? and type = 'promise.broken'", id))
                .isEqualTo(1);
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline").then().statusCode(200)
                .body("items.find { it.type == 'promise.broken' }.actor", equalTo("loopline"))
                .body("items.find { it.type == 'promise.broken' }.payload.promisedBy",
                        equalTo(ticket(id).extract().<String>path("outcomes.promisedBy")));
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline/verification").then().body("intact", equalTo(true));
        io.restassured.RestAssured.given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("loopline_sla_flags_total{flag=\"broken\",milestone=\"PROMISE\""));

        // delivered late: the promise is met, and stays broken on record
        step(id, "compensation", FEE_REDUCTION).statusCode(200);
        ticket(id).body("sla.promise.metAt", notNullValue()).body("sla.promise.breached", equalTo(true));
    }

    @Test
    void aPromiseKeptInTimeIsNeverFlagged() throws Exception {
        String id = compensatingWithPromiseIn(Duration.ofHours(4));
        clock.advance(Duration.ofHours(1));
        step(id, "compensation", FEE_REDUCTION).statusCode(200);
        clock.advance(Duration.ofDays(2));
        sweep.sweep(clock.instant());
        ticket(id).body("sla.promise.metAt", notNullValue()).body("sla.promise.breached", equalTo(false));
        assertThat(count("select count(*) from ticket_event where ticket_id = ? and type = 'promise.broken'", id))
                .isZero();
    }

    @Test
    void compensationWaitingForApprovalPastThePromiseBreaksIt() throws Exception {
        String id = compensatingWithPromiseIn(Duration.ofHours(2));
        step(id, "compensation", Map.of("type", "FEE_REDUCTION", "amount", 1500, "currency", "CNY"))
                .statusCode(200).body("ticket.status", equalTo("PENDING_APPROVAL"));
        clock.advance(Duration.ofHours(3));
        sweep.sweep(clock.instant());
        ticket(id).body("sla.promise.breached", equalTo(true));
        step(Tokens.supervisor(), id, "compensation/approval", Map.of("approved", true, "note", "同意"))
                .statusCode(200);
        ticket(id).body("status", equalTo("FOLLOWING_UP")).body("sla.promise.metAt", notNullValue());
    }

    @Test
    void aReopenedTicketsNewAgreementStartsANewPromise() throws Exception {
        String id = compensatingWithPromiseIn(Duration.ofHours(2));
        clock.advance(Duration.ofHours(3));
        sweep.sweep(clock.instant());
        ticket(id).body("sla.promise.breached", equalTo(true));
        step(id, "compensation", FEE_REDUCTION).statusCode(200);
        step(id, "follow-up", Map.of("reached", true, "satisfaction", 2, "comment", "还是不热")).statusCode(200)
                .body("ticket.status", equalTo("INVESTIGATING"));
        step(id, "findings", Journeys.FINDINGS).statusCode(200);
        step(id, "agreement", agreementBy(Instant.now(clock).plus(Duration.ofHours(5)))).statusCode(200);
        ticket(id).body("sla.promise.breached", equalTo(false)).body("sla.promise.metAt", nullValue());
        assertThat(count("select count(*) from ticket_event where ticket_id = ? and type = 'promise.broken'", id))
                .as("the earlier promise's flag stays on the timeline").isEqualTo(1);

        clock.advance(Duration.ofHours(6));
        sweep.sweep(clock.instant());
        assertThat(count("select count(*) from ticket_event where ticket_id = ? and type = 'promise.broken'", id))
                .as("the new promise is flagged on its own").isEqualTo(2);
    }

    private String compensatingWithPromiseIn(Duration in) {
        String id = Journeys.negotiating();
        step(id, "agreement", agreementBy(Instant.now(clock).plus(in))).statusCode(200);
        return id;
    }

    static Map<String, Object> agreementBy(Instant promisedBy) {
        return Map.of("options", List.of("今日排气调试", "更换阀门"), "agreedOption", 0, "promisedBy",
                promisedBy.toString());
    }

    private long count(String sql, String ticketId) throws Exception {
        return Sql.number(db, sql, UUID.fromString(ticketId));
    }
}
