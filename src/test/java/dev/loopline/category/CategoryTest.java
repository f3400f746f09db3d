package dev.loopline.category;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static dev.loopline.support.Intakes.aRoutineHeatingFeeComplaint;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CategoryTest {

    @Test
    void seededCategoriesAreListedPerUtility() {
        as(Tokens.agent()).queryParam("utility", "HEATING").get("/api/v1/admin/categories").then().statusCode(200)
                .body("items.code", hasItems("INDOOR_TEMPERATURE_LOW", "NO_HEATING", "RADIATOR_LEAK", "HEATING_FEE",
                        "SERVICE_ATTITUDE", "REPAIR_DELAY", "PROPERTY_BOUNDARY", "SAFETY_HAZARD", "OTHER"))
                .body("items.code", not(hasItem("OUTAGE")));
        as(Tokens.agent()).queryParam("utility", "GAS").get("/api/v1/admin/categories").then().statusCode(200)
                .body("items.code", hasItems("GAS_LEAK_SUSPECTED", "NO_GAS", "GAS_METER", "GAS_BILL"));
    }

    @Test
    void adminAddsACategoryThatIntakeThenTakes() {
        String code = aNewCode();
        as(Tokens.admin()).body(Map.of("code", code, "utilities", List.of("HEATING"), "labelZh", "换热站噪音",
                "labelEn", "Substation noise")).post("/api/v1/admin/categories").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/admin/categories/" + code))
                .body("active", equalTo(true));
        Map<String, Object> body = aRoutineHeatingFeeComplaint();
        body.put("category", code);
        intake(Tokens.agent(), body).statusCode(201).body("category", equalTo(code));
    }

    @Test
    void aDeactivatedCategoryIsNoLongerTakenAtIntake() {
        String code = aNewCode();
        as(Tokens.admin()).body(Map.of("code", code, "utilities", List.of("WATER"), "labelZh", "水压低",
                "labelEn", "Low pressure")).post("/api/v1/admin/categories").then().statusCode(201);
        Map<String, Object> body = aRoutineHeatingFeeComplaint();
        body.put("utility", "WATER");
        body.put("category", code);
        // taken while active: intake's in-memory copy of the categories now holds it
        intake(Tokens.agent(), body).statusCode(201);
        as(Tokens.admin()).body(Map.of("utilities", List.of("WATER"), "labelZh", "水压低", "labelEn", "Low pressure",
                "active", false)).put("/api/v1/admin/categories/" + code).then().statusCode(200)
                .body("active", equalTo(false));
        // the change drops that copy when it commits: the very next intake is refused
        intake(Tokens.agent(), body).statusCode(422).body("errors[0].field", equalTo("category"));
    }

    @Test
    void onlyAdminsChangeCategories() {
        Map<String, Object> category = Map.of("code", aNewCode(), "utilities", List.of("GAS"), "labelZh", "x",
                "labelEn", "x");
        as(Tokens.agent()).body(category).post("/api/v1/admin/categories").then().statusCode(403);
        as(Tokens.supervisor()).body(category).put("/api/v1/admin/categories/OTHER").then().statusCode(403);
    }

    @Test
    void aDuplicateCodeIsAConflictAndABadOneIsInvalid() {
        as(Tokens.admin()).body(Map.of("code", "OTHER", "utilities", List.of("GAS"), "labelZh", "其他",
                "labelEn", "Other")).post("/api/v1/admin/categories").then().statusCode(409);
        as(Tokens.admin()).body(Map.of("code", "lower case", "utilities", List.of(), "labelZh", "",
                "labelEn", "x")).post("/api/v1/admin/categories").then().statusCode(422)
                .body("errors.field", hasItems("code", "utilities", "labelZh"));
        as(Tokens.admin()).get("/api/v1/admin/categories/NO_SUCH_CODE").then().statusCode(404);
    }

    private static String aNewCode() {
        return "TEST_" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }
}
