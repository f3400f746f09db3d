package dev.loopline.hotspot;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Hotspots.aFreshArea;
import static dev.loopline.support.Hotspots.hotspotOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.loopline.support.Api;
import dev.loopline.support.Hotspots;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Admins add, change and disable hotspot rules; the next intake applies them. */
@QuarkusTest
class HotspotRuleApiTest {

    private static final String RULES = "/api/v1/admin/hotspot-rules";

    private final List<String> added = new ArrayList<>();

    @AfterEach
    void disableTheRulesAdded() {
        // the seeded rule stays the only enabled one, so other tests' intakes cluster as the design says
        for (String name : added) {
            Map<String, Object> rule = aRule(List.of("PIPE_LEAK"));
            rule.put("enabled", false);
            as(Tokens.admin()).body(rule).put(RULES + "/" + name).then().statusCode(200);
        }
    }

    @Test
    void theSeededRuleIsFiveTicketsInTwoHoursOfOneUtilityCategoryAndArea() {
        as(Tokens.supervisor()).get(RULES + "/SAME_PROBLEM_IN_ONE_AREA").then().statusCode(200)
                .body("threshold", equalTo(5)).body("window", equalTo("PT2H")).body("enabled", equalTo(true))
                .body("matchOn", equalTo(List.of("UTILITY", "CATEGORY", "AREA")))
                .body("categories", equalTo(List.of()));
        as(Tokens.admin()).get(RULES).then().statusCode(200).body("items.name", hasItem("SAME_PROBLEM_IN_ONE_AREA"));
    }

    @Test
    void aRuleMayGroupCategoriesAndTheNextIntakeAppliesIt() {
        String name = aName();
        Map<String, Object> rule = aRule(List.of("NO_WATER", "PIPE_LEAK"));
        as(Tokens.admin()).body(rule).put(RULES + "/" + name).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(RULES + "/" + name))
                .body("categories", equalTo(List.of("NO_WATER", "PIPE_LEAK"))).body("window", equalTo("PT1H"));
        added.add(name);
        String area = aFreshArea();
        String first = water(area, "NO_WATER");
        String second = water(area, "PIPE_LEAK");
        assertThat(hotspotOf(second)).isNull();
        String third = water(area, "NO_WATER");
        String hotspot = hotspotOf(third);
        assertThat(hotspot).as("three of the group in one area").isNotNull();
        assertThat(List.of(hotspotOf(first), hotspotOf(second))).containsOnly(hotspot);
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().body("rule", equalTo(name))
                .body("category", equalTo("NO_WATER")).body("categories", equalTo(List.of("NO_WATER", "PIPE_LEAK")));

        rule.put("threshold", 4);
        as(Tokens.admin()).body(rule).put(RULES + "/" + name).then().statusCode(200).body("threshold", equalTo(4));
    }

    @Test
    void aBadRuleIsRefusedAndChangesNothing() {
        String name = aName();
        Map<String, Object> rule = aRule(List.of("NO_WATER"));
        put(name, with(rule, "threshold", 1)).statusCode(422).body("errors.field", hasItem("threshold"));
        put(name, with(rule, "window", "PT10S")).statusCode(422).body("errors.field", hasItem("window"));
        put(name, with(rule, "window", "P60D")).statusCode(422).body("errors.field", hasItem("window"));
        put(name, with(rule, "window", "soon")).statusCode(422);
        put(name, with(rule, "categories", List.of("NO_SUCH"))).statusCode(422)
                .body("errors.field", hasItem("categories"));
        put(name, with(rule, "matchOn", List.of())).statusCode(422).body("errors.field", hasItem("matchOn"));
        put(name, with(rule, "matchOn", List.of("WEATHER"))).statusCode(422);
        put("lower-case", rule).statusCode(422).body("errors.field", hasItem("name"));
        as(Tokens.admin()).get(RULES + "/" + name).then().statusCode(404);
    }

    @Test
    void onlyAdminsChangeRulesAndAgentsDoNotReadThem() {
        for (String token : List.of(Tokens.agent(), Tokens.supervisor(), Tokens.manager(), Tokens.steward())) {
            as(token).body(aRule(List.of("NO_WATER"))).put(RULES + "/" + aName()).then().statusCode(403);
        }
        as(Tokens.agent()).get(RULES).then().statusCode(403);
        as(Tokens.steward()).get(RULES + "/SAME_PROBLEM_IN_ONE_AREA").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse put(String name, Map<String, Object> rule) {
        return as(Tokens.admin()).body(rule).put(RULES + "/" + name).then();
    }

    private static String water(String area, String category) {
        Map<String, Object> body = Hotspots.aComplaintFrom(area, category);
        body.put("utility", "WATER");
        return Api.intake(Tokens.agent(), body).statusCode(201).extract().path("id");
    }

    private static Map<String, Object> with(Map<String, Object> rule, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(rule);
        changed.put(field, value);
        return changed;
    }

    private static Map<String, Object> aRule(List<String> categories) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("description", "Water off in one compound");
        rule.put("position", 5);
        rule.put("threshold", 3);
        rule.put("window", "PT1H");
        rule.put("matchOn", List.of("UTILITY", "CATEGORY", "AREA"));
        rule.put("categories", categories);
        rule.put("utilities", List.of("WATER"));
        return rule;
    }

    private static String aName() {
        return "TEST_RULE_" + ThreadLocalRandom.current().nextInt(1_000_000);
    }
}
