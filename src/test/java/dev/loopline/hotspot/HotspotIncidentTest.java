package dev.loopline.hotspot;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Hotspots.aFreshArea;
import static dev.loopline.support.Hotspots.hotspotOf;
import static dev.loopline.support.Hotspots.logged;
import static dev.loopline.support.Journeys.step;
import static dev.loopline.support.Journeys.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.loopline.sla.SlaSweep;
import dev.loopline.support.Journeys;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hotspot handled as one incident: acknowledged, one notice to every customer, shared findings. */
@QuarkusTest
class HotspotIncidentTest {

    private static final Map<String, Object> NOTICE = Map.of("channel", "SMS", "summary", "停暖通知",
            "text", "您好，幸福小区因管网抢修暂停供暖，预计今日18:00前恢复", "expectedRestoreAt", "2026-12-02T10:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    @Test
    void aSupervisorAcknowledgesAHotspotOnce() {
        String hotspot = aHotspot(new ArrayList<>());
        as(Tokens.supervisor()).body(Map.of("note", "已接手，联系管网运行部"))
                .post("/api/v1/hotspots/" + hotspot + "/acknowledgement").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgement.by", equalTo("zhao.lei"))
                .body("acknowledgement.note", equalTo("已接手，联系管网运行部"));
        as(Tokens.manager()).body(Map.of()).post("/api/v1/hotspots/" + hotspot + "/acknowledgement").then()
                .statusCode(409).body("rule", equalTo("HOTSPOT_ALREADY_ACKNOWLEDGED"));
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgement.by", equalTo("zhao.lei"));
    }

    @Test
    void oneNoticeIsTheFirstResponseOfEveryOpenTicketAndItsPhrasesAreCheckedOnce() {
        List<String> tickets = new ArrayList<>();
        String hotspot = aHotspot(tickets);
        // one customer had been called back already
        step(tickets.get(0), "contacts", Journeys.CONTACT).statusCode(200);
        Map<String, Object> notice = new java.util.HashMap<>(NOTICE);
        notice.put("text", "停暖抢修中，这是规定的检修流程，预计18:00前恢复");

        var answer = as(Tokens.supervisor()).body(notice).post("/api/v1/hotspots/" + hotspot + "/contacts").then()
                .statusCode(200).extract().jsonPath();
        assertThat(answer.getList("applied.id", String.class)).containsExactlyInAnyOrderElementsOf(tickets);
        assertThat(answer.getList("applied.findAll { it.firstResponse }.id", String.class))
                .containsExactlyInAnyOrderElementsOf(tickets.subList(1, 5));
        assertThat(answer.getList("warnings.phrase", String.class)).as("checked once").containsExactly("这是规定");
        assertThat(answer.getInt("hotspot.notices.count")).isEqualTo(1);
        assertThat(answer.getString("hotspot.notices.expectedRestoreAt")).isEqualTo("2026-12-02T10:00:00Z");

        for (String id : tickets) {
            ticket(id).body("sla.firstResponse.metAt", notNullValue()).body("outcomes.contacts", equalTo(
                    id.equals(tickets.get(0)) ? 2 : 1));
            as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline").then()
                    .body("items.findAll { it.type == 'ticket.contact_logged' }.last().payload.hotspotId",
                            equalTo(hotspot))
                    .body("items.type", hasItem("text.forbidden_phrase"));
        }
        // the response clocks stopped: a sweep past the 72-hour first response flags none of them
        clock.advance(Duration.ofDays(4));
        sweep.sweep(clock.instant());
        tickets.forEach(id -> ticket(id).body("sla.firstResponse.breached", equalTo(false)));
    }

    @Test
    void sharedFindingsAreTheFindingsStepOfEveryTicketInInvestigationAndTheHotspotTakesNoMoreTickets() {
        List<String> tickets = new ArrayList<>();
        String hotspot = aHotspot(tickets);
        as(Tokens.supervisor()).body(NOTICE).post("/api/v1/hotspots/" + hotspot + "/contacts").then().statusCode(200);
        List<String> investigating = tickets.subList(0, 3);
        investigating.forEach(id -> step(id, "investigation", Map.of("note", "管网巡查")).statusCode(200));

        as(Tokens.supervisor()).body(Map.of("findings", "主管网阀门故障", "responsibleDepartments",
                List.of(Map.of("name", "管网运行部", "role", "PRIMARY"))))
                .post("/api/v1/hotspots/" + hotspot + "/resolution").then().statusCode(409)
                .body("rule", equalTo("FINDINGS_NEED_ROOT_CAUSE"));
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().body("status", equalTo("OPEN"));

        var answer = as(Tokens.supervisor()).body(Map.of("findings", "主管网阀门故障，已抢修", "rootCause", "PRODUCT",
                "responsibleDepartments", List.of(Map.of("name", "管网运行部", "role", "PRIMARY"))))
                .post("/api/v1/hotspots/" + hotspot + "/resolution").then().statusCode(200)
                .body("hotspot.status", equalTo("RESOLVED")).body("hotspot.resolution.rootCause", equalTo("PRODUCT"))
                .body("skipped.rule", everyItem(equalTo("STEPS_IN_ORDER")))
                .extract().jsonPath();
        assertThat(answer.getList("applied.id", String.class)).containsExactlyInAnyOrderElementsOf(investigating);
        assertThat(answer.getList("skipped.id", String.class))
                .containsExactlyInAnyOrderElementsOf(tickets.subList(3, 5));
        investigating.forEach(id -> ticket(id).body("status", equalTo("NEGOTIATING"))
                .body("outcomes.rootCause", equalTo("PRODUCT")).body("outcomes.primaryDepartment", equalTo("管网运行部")));
        ticket(tickets.get(4)).body("status", equalTo("ACCEPTED"));

        as(Tokens.manager()).body(Map.of("findings", "再次", "rootCause", "SERVICE",
                "responsibleDepartments", List.of(Map.of("name", "客服中心", "role", "PRIMARY"))))
                .post("/api/v1/hotspots/" + hotspot + "/resolution").then().statusCode(409)
                .body("rule", equalTo("HOTSPOT_RESOLVED"));
        as(Tokens.supervisor()).body(Map.of()).post("/api/v1/hotspots/" + hotspot + "/acknowledgement").then()
                .statusCode(409).body("rule", equalTo("HOTSPOT_RESOLVED"));

        String area = ticket(tickets.get(0)).extract().path("areaCode");
        String later = logged(area, "NO_HEATING");
        assertThat(hotspotOf(later)).as("a resolved hotspot takes no more tickets").isNull();
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().body("ticketCount", equalTo(5));
        List<String> next = new ArrayList<>(List.of(later));
        for (int i = 0; i < 4; i++) {
            next.add(logged(area, "NO_HEATING"));
        }
        String second = hotspotOf(next.get(4));
        assertThat(second).as("a new cluster opens a new hotspot").isNotNull().isNotEqualTo(hotspot);
        next.forEach(id -> assertThat(hotspotOf(id)).isEqualTo(second));
    }

    @Test
    void hotspotsAreListedNewestFirstWithTheirFilters() {
        String area = aFreshArea();
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tickets.add(logged(area, "RADIATOR_LEAK"));
        }
        String hotspot = hotspotOf(tickets.get(4));
        as(Tokens.manager()).queryParam("area", area).get("/api/v1/hotspots").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].id", equalTo(hotspot))
                .body("items[0].ticketCount", equalTo(5)).body("items[0].tickets", nullValue())
                .body("items[0].firstAt", notNullValue()).body("items[0].lastAt", notNullValue());
        as(Tokens.manager()).queryParam("area", area).queryParam("status", "OPEN").queryParam("utility", "HEATING")
                .get("/api/v1/hotspots").then().body("items.id", hasItem(hotspot));
        as(Tokens.manager()).queryParam("area", area).queryParam("status", "RESOLVED").get("/api/v1/hotspots").then()
                .body("items.size()", equalTo(0));
        as(Tokens.manager()).queryParam("area", area).queryParam("utility", "POWER").get("/api/v1/hotspots").then()
                .body("items.size()", equalTo(0));
        as(Tokens.manager()).queryParam("status", "SOMETIMES").get("/api/v1/hotspots").then().statusCode(400);
        as(Tokens.manager()).queryParam("limit", "1").get("/api/v1/hotspots").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("nextCursor", notNullValue());
        as(Tokens.manager()).get("/api/v1/hotspots/not-a-uuid").then().statusCode(400);
        as(Tokens.manager()).get("/api/v1/hotspots/" + java.util.UUID.randomUUID()).then().statusCode(404);
        as(Tokens.manager()).body(NOTICE).post("/api/v1/hotspots/" + java.util.UUID.randomUUID() + "/contacts").then()
                .statusCode(404);
    }

    @Test
    void onlySupervisorsAndManagersHandleHotspots() {
        String hotspot = aHotspot(new ArrayList<>());
        for (String token : List.of(Tokens.agent(), Tokens.steward(), Tokens.admin())) {
            as(token).get("/api/v1/hotspots").then().statusCode(403);
            as(token).get("/api/v1/hotspots/" + hotspot).then().statusCode(403);
            as(token).body(Map.of()).post("/api/v1/hotspots/" + hotspot + "/acknowledgement").then().statusCode(403);
            as(token).body(NOTICE).post("/api/v1/hotspots/" + hotspot + "/contacts").then().statusCode(403);
            as(token).body(Journeys.FINDINGS).post("/api/v1/hotspots/" + hotspot + "/resolution").then()
                    .statusCode(403);
        }
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("notices.count", equalTo(0));
    }

    @Test
    void aNoticeMustReachTheCustomersAndSayWhatTheyRead() {
        String hotspot = aHotspot(new ArrayList<>());
        Map<String, Object> internal = new java.util.HashMap<>(NOTICE);
        internal.put("customerFacing", false);
        as(Tokens.supervisor()).body(internal).post("/api/v1/hotspots/" + hotspot + "/contacts").then()
                .statusCode(422).body("errors.field", hasItem("customerFacing"));
        Map<String, Object> silent = new java.util.HashMap<>(NOTICE);
        silent.remove("text");
        as(Tokens.supervisor()).body(silent).post("/api/v1/hotspots/" + hotspot + "/contacts").then()
                .statusCode(422).body("errors.field", hasItem("text"));
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().body("notices.count", equalTo(0));
    }

    @Test
    void aTicketThatJoinsAfterTheNoticeCarriesWhatTheOtherCustomersWereTold() {
        List<String> tickets = new ArrayList<>();
        String hotspot = aHotspot(tickets);
        String area = as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().extract().path("areaCode");
        String early = logged(area, "NO_HEATING");
        as(Tokens.agent()).get("/api/v1/tickets/" + early + "/timeline").then().statusCode(200)
                .body("items.find { it.type == 'ticket.hotspot_linked' }.payload.notice", nullValue());

        as(Tokens.supervisor()).body(NOTICE).post("/api/v1/hotspots/" + hotspot + "/contacts").then().statusCode(200);
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then()
                .body("notices.lastText", equalTo(NOTICE.get("text")));
        String late = logged(area, "NO_HEATING");

        as(Tokens.agent()).get("/api/v1/tickets/" + late + "/timeline").then().statusCode(200)
                .body("items.find { it.type == 'ticket.hotspot_linked' }.payload.notice.text", equalTo(NOTICE.get("text")))
                .body("items.find { it.type == 'ticket.hotspot_linked' }.payload.notice.expectedRestoreAt",
                        equalTo(NOTICE.get("expectedRestoreAt")))
                .body("items.find { it.type == 'ticket.hotspot_linked' }.payload.notice.sentAt", notNullValue());
    }

    /** Five cold flats in one compound: the hotspot's id; `tickets` gets its tickets in intake order. */
    private static String aHotspot(List<String> tickets) {
        String area = aFreshArea();
        for (int i = 0; i < 5; i++) {
            tickets.add(logged(area, "NO_HEATING"));
        }
        String hotspot = hotspotOf(tickets.get(4));
        assertThat(hotspot).isNotNull();
        return hotspot;
    }
}
