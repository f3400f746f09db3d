package dev.loopline.sla.board;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Hotspots.aFreshArea;
import static dev.loopline.support.Hotspots.hotspotOf;
import static dev.loopline.support.Hotspots.logged;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopline.support.Journeys;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The board lists the hotspots that still take tickets, oldest first, until they are resolved. */
@QuarkusTest
class BoardHotspotsTest {

    @Test
    void anOpenHotspotIsOnTheBoardUntilItIsResolved() {
        String area = aFreshArea();
        String last = null;
        for (int i = 0; i < 5; i++) {
            last = logged(area, "NO_HEATING");
        }
        String hotspot = hotspotOf(last);

        List<Map<String, Object>> listed = BoardPages.walk("hotspots");
        assertThat(listed).extracting(h -> h.get("id")).contains(hotspot);
        assertThat(listed).extracting(h -> h.get("status")).doesNotContain("RESOLVED");
        assertThat(listed).extracting(h -> Instant.parse((String) h.get("openedAt"))).isSorted();
        Map<String, Object> entry = listed.stream().filter(h -> hotspot.equals(h.get("id"))).findFirst().orElseThrow();
        assertThat(entry).containsEntry("areaCode", area).containsEntry("ticketCount", 5)
                .containsEntry("category", "NO_HEATING").containsEntry("utility", "HEATING");

        as(Tokens.supervisor()).body(Journeys.FINDINGS).post("/api/v1/hotspots/" + hotspot + "/resolution").then()
                .statusCode(200);
        assertThat(BoardPages.walk("hotspots")).extracting(h -> h.get("id")).doesNotContain(hotspot);
    }
}
