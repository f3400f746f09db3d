package dev.loopline.sla;

import static dev.loopline.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Calendars are data: admins keep working hours, holidays and make-up working days. */
@QuarkusTest
class SlaCalendarApiTest {

    @Test
    void theMainlandCalendarHoldsHolidaysAndMakeUpDays() {
        as(Tokens.supervisor()).get("/api/v1/sla/calendars/cn-mainland").then().statusCode(200)
                .body("definition.zone", equalTo("Asia/Shanghai"))
                .body("definition.holidays", hasItem("2026-10-01"))
                .body("definition.makeUpWorkdays.'2026-10-10'", equalTo(List.of("08:30-12:00", "13:00-17:30")));
    }

    @Test
    void anAdminDefinesACalendar() {
        as(Tokens.admin()).body(Map.of("zone", "Asia/Urumqi",
                "workingHours", Map.of("MONDAY", List.of("10:00-18:00"), "SATURDAY", List.of("10:00-14:00")),
                "holidays", List.of("2026-12-25"), "makeUpWorkdays", Map.of("2026-12-27", List.of("10:00-14:00"))))
                .put("/api/v1/sla/calendars/xj-field").then().statusCode(200)
                .body("definition.workingHours.SATURDAY", equalTo(List.of("10:00-14:00")));
        as(Tokens.manager()).get("/api/v1/sla/calendars").then().statusCode(200)
                .body("items.name", hasItem("xj-field"));
    }

    @Test
    void badCalendarsAreRefused() {
        put("bad-zone", Map.of("zone", "Mars/Olympus", "workingHours", Map.of("MONDAY", List.of("09:00-17:00"))),
                "zone");
        put("bad-hours", Map.of("zone", "Asia/Shanghai", "workingHours", Map.of("MONDAY", List.of("17:00-09:00"))),
                "workingHours.MONDAY");
        put("no-hours", Map.of("zone", "Asia/Shanghai", "workingHours", Map.of()), "workingHours");
        as(Tokens.admin()).body(Map.of("zone", "Asia/Shanghai", "workingHours", Map.of("FUNDAY", List.of())))
                .put("/api/v1/sla/calendars/funday").then().statusCode(422);
        as(Tokens.admin()).body(Map.of("zone", "Asia/Shanghai", "workingHours", Map.of("MONDAY",
                List.of("09:00-17:00")))).put("/api/v1/sla/calendars/24x7").then().statusCode(422);
        as(Tokens.supervisor()).body(Map.of("zone", "Asia/Shanghai", "workingHours", Map.of("MONDAY",
                List.of("09:00-17:00")))).put("/api/v1/sla/calendars/mine").then().statusCode(403);
        as(Tokens.admin()).get("/api/v1/sla/calendars/no-such").then().statusCode(404);
    }

    private static void put(String name, Map<String, Object> body, String field) {
        as(Tokens.admin()).body(body).put("/api/v1/sla/calendars/" + name).then().statusCode(422)
                .body("errors.field", hasItem(field));
    }
}
