package dev.loopline.hotspot;

import static dev.loopline.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.loopline.support.Hotspots;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A hotspot's tickets a page at a time, oldest first: a district's outage may gather thousands. */
@QuarkusTest
class HotspotTicketsTest {

    @Test
    void aHotspotsTicketsPageOldestFirstWithoutGapsOrRepeats() {
        String area = Hotspots.aFreshArea();
        List<String> logged = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            logged.add(Hotspots.logged(area, "RADIATOR_LEAK"));
        }
        String hotspot = Hotspots.hotspotOf(logged.get(6));

        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().statusCode(200)
                .body("ticketCount", equalTo(7)).body("tickets", hasSize(7)).body("ticketsNextCursor", nullValue());

        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(Tokens.manager()).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/hotspots/" + hotspot + "/tickets").then().statusCode(200).extract()
                    .jsonPath();
            walked.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(walked).containsExactlyElementsOf(logged);
    }

    @Test
    void anAgentAnUnknownHotspotAndABadCursorAreRefused() {
        String hotspot = Hotspots.hotspotOf(logFive());
        as(Tokens.agent()).get("/api/v1/hotspots/" + hotspot + "/tickets").then().statusCode(403);
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + UUID.randomUUID() + "/tickets").then().statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.supervisor()).queryParam("cursor", "not-a-cursor").get("/api/v1/hotspots/" + hotspot + "/tickets")
                .then().statusCode(400).contentType("application/problem+json");
        as(Tokens.supervisor()).queryParam("limit", 0).get("/api/v1/hotspots/" + hotspot + "/tickets").then()
                .statusCode(400);
    }

    private static String logFive() {
        String area = Hotspots.aFreshArea();
        String last = null;
        for (int i = 0; i < 5; i++) {
            last = Hotspots.logged(area, "RADIATOR_LEAK");
        }
        return last;
    }
}
