package dev.loopline.sla.board;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.loopline.sla.SlaSweep;
import dev.loopline.support.Intakes;
import dev.loopline.support.Journeys;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The supervisors' board: counts, the at-risk and breached lists oldest due first, and the period's figures. */
@QuarkusTest
class SlaBoardTest {

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    @Inject
    BoardSnapshot counts;


    @Test
    void openTicketsAreCountedBySeverityAndState() {
        // the board's counts are a snapshot refreshed in the background: take a fresh one before and after
        counts.refresh();
        long before = openUrgentAccepted();
        urgentTicket();
        counts.refresh();
        assertThat(openUrgentAccepted()).isEqualTo(before + 1);
    }

    @Test
    void breachedTicketsAreListedOldestDueFirstAndPaged() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(urgentTicket());
        }
        clock.advance(Duration.ofHours(3));
        sweep.sweep(clock.instant());
        List<String> seen = new ArrayList<>();
        List<Instant> dues = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(Tokens.supervisor()).queryParam("limit", 50);
            if (cursor != null) {
                request.queryParam("breachedCursor", cursor);
            }
            ExtractableResponse<Response> page = request.get("/api/v1/sla/board").then().statusCode(200).extract();
            seen.addAll(page.path("breached.items.ticket.id"));
            List<String> pageDues = page.path("breached.items.dueAt");
            pageDues.forEach(d -> dues.add(Instant.parse(d)));
            cursor = page.path("breached.nextCursor");
        } while (cursor != null);
        assertThat(seen).containsAll(ids).doesNotHaveDuplicates();
        assertThat(dues).isSorted();
        assertThat(seen.indexOf(ids.get(0))).isLessThan(seen.indexOf(ids.get(2)));
    }

    @Test
    void atRiskTicketsAreListedUntilTheyBreach() {
        String id = urgentTicket();
        clock.advance(Duration.ofMinutes(26));
        sweep.sweep(clock.instant());
        assertThat(allIds("atRisk")).contains(id);
        clock.advance(Duration.ofMinutes(10));
        sweep.sweep(clock.instant());
        assertThat(allIds("atRisk")).doesNotContain(id);
        assertThat(allIds("breached")).contains(id);
    }

    @Test
    void thePeriodShowsComplianceResponseAndCloseTimesAndSatisfaction() {
        Instant from = Instant.now().minusSeconds(1);
        Journeys.closed();
        String breached = urgentTicket();
        clock.advance(Duration.ofHours(1));
        sweep.sweep(clock.instant());
        clock.reset();
        as(Tokens.manager()).queryParam("from", from.toString()).queryParam("to", Instant.now().plusSeconds(3600).toString())
                .get("/api/v1/sla/board").then().statusCode(200)
                .body("period.compliance.URGENT.firstResponse", notNullValue())
                .body("period.timeToFirstResponse.medianSeconds", notNullValue())
                .body("period.timeToClose.count", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("period.satisfaction.responses", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("period.satisfaction.satisfiedRate", notNullValue());
        assertThat(breached).isNotNull();
    }

    @Test
    void onlySupervisorsAndManagersSeeTheBoardAndBadParametersAre400() {
        as(Tokens.agent()).get("/api/v1/sla/board").then().statusCode(403);
        as(Tokens.supervisor()).queryParam("from", "yesterday").get("/api/v1/sla/board").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(Tokens.supervisor()).queryParam("from", "2026-12-01T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .get("/api/v1/sla/board").then().statusCode(400);
        as(Tokens.supervisor()).queryParam("breachedCursor", "garbage").get("/api/v1/sla/board").then().statusCode(400);
    }

    private List<String> allIds(String list) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(Tokens.supervisor()).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam(list + "Cursor", cursor);
            }
            ExtractableResponse<Response> page = request.get("/api/v1/sla/board").then().statusCode(200).extract();
            ids.addAll(page.path(list + ".items.ticket.id"));
            cursor = page.path(list + ".nextCursor");
        } while (cursor != null);
        return ids;
    }

    private static long openUrgentAccepted() {
        Integer n = as(Tokens.supervisor()).get("/api/v1/sla/board").then().statusCode(200).extract()
                .path("open.bySeverityAndState.URGENT.ACCEPTED");
        return n == null ? 0 : n;
    }

    private static String urgentTicket() {
        Map<String, Object> body = Intakes.aRoutineHeatingFeeComplaint();
        body.put("channel", "REGULATOR");
        return intake(Tokens.agent(), body).statusCode(201).extract().path("id");
    }
}
