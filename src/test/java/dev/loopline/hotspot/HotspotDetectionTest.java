package dev.loopline.hotspot;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static dev.loopline.support.Hotspots.aComplaintFrom;
import static dev.loopline.support.Hotspots.aFreshArea;
import static dev.loopline.support.Hotspots.hotspotOf;
import static dev.loopline.support.Hotspots.logged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.support.Journeys;
import dev.loopline.support.Race;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The intake that reaches a rule's threshold opens one hotspot; later matching tickets join it while it is open. */
@QuarkusTest
class HotspotDetectionTest {

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource db;

    @Test
    void theFifthTicketOfOneProblemInOneCompoundWithinTwoHoursOpensOneHotspot() throws Exception {
        String area = aFreshArea();
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tickets.add(logged(area, "NO_HEATING"));
            clock.advance(Duration.ofMinutes(20));
        }
        assertThat(tickets).allSatisfy(id -> assertThat(hotspotOf(id)).isNull());

        Map<String, Object> fifth = aComplaintFrom(area, "NO_HEATING");
        String hotspot = intake(Tokens.agent(), fifth).statusCode(201).extract().path("hotspotId");
        assertThat(hotspot).as("the intake's answer names the hotspot it opened").isNotNull();
        tickets.add(ticketIn(hotspot, 4));
        assertThat(tickets).allSatisfy(id -> assertThat(hotspotOf(id)).isEqualTo(hotspot));

        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("ticketCount", equalTo(5))
                .body("utility", equalTo("HEATING")).body("category", equalTo("NO_HEATING"))
                .body("areaCode", equalTo(area)).body("rule", equalTo("SAME_PROBLEM_IN_ONE_AREA"))
                .body("tickets.size()", equalTo(5)).body("tickets[0].id", equalTo(tickets.get(0)));
        for (String id : tickets) {
            as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline").then()
                    .body("items.find { it.type == 'ticket.hotspot_linked' }.payload.hotspotId", equalTo(hotspot));
            as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline/verification").then()
                    .body("intact", equalTo(true));
        }
        assertThat(count("select count(*) from outbox_event where type = 'hotspot.raised' and payload::jsonb->>'hotspotId' = ?",
                hotspot)).isEqualTo(1);

        String sixth = logged(area, "NO_HEATING");
        assertThat(hotspotOf(sixth)).as("a later matching ticket joins the open hotspot").isEqualTo(hotspot);
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().body("ticketCount", equalTo(6));
        assertThat(count("select count(*) from outbox_event where type = 'hotspot.raised' and payload::jsonb->>'hotspotId' = ?",
                hotspot)).as("raised once").isEqualTo(1);
        RestAssured.given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("loopline_hotspots_raised_total{rule=\"SAME_PROBLEM_IN_ONE_AREA\""));
    }

    @Test
    void ticketsOutsideTheWindowAnotherCategoryOrAnotherAreaDoNotCount() {
        String area = aFreshArea();
        clock.advance(Duration.ofHours(-3));
        logged(area, "NO_HEATING");
        logged(area, "NO_HEATING");
        clock.reset();
        logged(area, "RADIATOR_LEAK");
        logged(aFreshArea(), "NO_HEATING");
        logged(area, "NO_HEATING");
        logged(area, "NO_HEATING");
        String last = logged(area, "NO_HEATING");
        assertThat(hotspotOf(last)).as("three in the window, two of them three hours ago").isNull();
        String fourth = logged(area, "NO_HEATING");
        assertThat(hotspotOf(fourth)).isNull();
        assertThat(hotspotOf(logged(area, "NO_HEATING"))).as("the fifth in the window").isNotNull();
    }

    @Test
    void racingIntakesOfOneClusterOpenOneHotspotAndEveryTicketIsInIt() throws Exception {
        String area = aFreshArea();
        List<String> ids = Race.of(8, () -> intake(Tokens.agent(), aComplaintFrom(area, "NO_HEATING"))
                .statusCode(201).extract().<String>path("id"));
        Set<String> hotspots = new HashSet<>();
        ids.forEach(id -> hotspots.add(hotspotOf(id)));
        assertThat(hotspots).hasSize(1).doesNotContainNull();
        String hotspot = hotspots.iterator().next();
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().body("ticketCount", equalTo(8))
                .body("tickets.size()", equalTo(8));
        assertThat(count("select count(*) from hotspot where area_code = ?", area)).isEqualTo(1);
        assertThat(count("select count(*) from ticket_event e join ticket t on t.id = e.ticket_id"
                + " where t.area_code = ? and e.type = 'ticket.hotspot_linked'", area)).isEqualTo(8);
    }

    @Test
    void ticketsJoinWhileSupervisorsActOnTheHotspotAndNoIntakeIsRefused() throws Exception {
        String area = aFreshArea();
        for (int i = 0; i < 5; i++) {
            logged(area, "NO_HEATING");
        }
        String hotspot = hotspotOf(logged(area, "NO_HEATING"));
        java.util.concurrent.atomic.AtomicInteger racer = new java.util.concurrent.atomic.AtomicInteger();
        Map<String, Object> notice = Map.of("channel", "SMS", "summary", "停暖通知", "text", "抢修中，预计18:00前恢复");
        List<Integer> answers = Race.of(8, () -> switch (racer.getAndIncrement() % 4) {
            case 0 -> as(Tokens.supervisor()).body(notice).post("/api/v1/hotspots/" + hotspot + "/contacts").then()
                    .extract().statusCode();
            case 1 -> as(Tokens.manager()).body(Map.of()).post("/api/v1/hotspots/" + hotspot + "/acknowledgement")
                    .then().extract().statusCode();
            default -> intake(Tokens.agent(), aComplaintFrom(area, "NO_HEATING")).extract().statusCode();
        });
        assertThat(answers).as("intakes, notices and one acknowledgement (the second is a 409)")
                .containsOnly(200, 201, 409).filteredOn(a -> a == 201).hasSize(4);
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().body("ticketCount", equalTo(10))
                .body("tickets.size()", equalTo(10)).body("notices.count", equalTo(2));
    }

    @Test
    void aClosedTicketDoesNotCountTowardsAHotspot() {
        String area = aFreshArea();
        for (int i = 0; i < 3; i++) {
            logged(area, "HEATING_FEE");
        }
        // a fourth of the area is closed before the fifth call
        String closed = logged(area, "HEATING_FEE");
        closeIt(closed);
        assertThat(hotspotOf(logged(area, "HEATING_FEE"))).as("four open, one closed").isNull();
        assertThat(hotspotOf(logged(area, "HEATING_FEE"))).isNotNull();
        assertThat(hotspotOf(closed)).isNull();
    }

    private static void closeIt(String id) {
        Journeys.step(id, "contacts", Journeys.CONTACT).statusCode(200);
        Journeys.step(id, "investigation", Map.of("note", "上门")).statusCode(200);
        Journeys.step(id, "findings", Journeys.FINDINGS).statusCode(200);
        Journeys.step(id, "agreement", Journeys.agreement()).statusCode(200);
        Journeys.step(id, "compensation", Map.of("type", "NONE", "reason", "收费无误"))
                .statusCode(200);
        Journeys.step(id, "follow-up", Map.of("reached", true, "satisfaction", 5))
                .statusCode(200);
    }

    private String ticketIn(String hotspot, int index) {
        return as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().extract()
                .path("tickets[" + index + "].id");
    }

    private long count(String sql, String parameter) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
