package dev.loopline.severity;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static dev.loopline.support.Intakes.aRoutineHeatingFeeComplaint;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Admins add, change and disable severity rules; intake applies them at once. */
@QuarkusTest
class SeverityRuleApiTest {

    private static final String LIST = "/api/v1/admin/severity-rules";
    private static final String RULES = LIST + "/";

    private final List<String> added = new ArrayList<>();

    @AfterEach
    void disableTheRulesAdded() {
        // the seeded rules stay the only enabled ones (SeededRulesTest)
        for (String name : added) {
            Map<String, Object> rule = aRuleFor(List.of("OTHER"));
            rule.put("enabled", false);
            as(Tokens.admin()).body(rule).put(RULES + name).then().statusCode(200);
        }
    }

    @Test
    void theSeededRulesAreListedInOrderForEveryoneWhoLogsTickets() {
        for (String token : List.of(Tokens.agent(), Tokens.supervisor(), Tokens.manager(), Tokens.admin())) {
            as(token).get(LIST).then().statusCode(200)
                    .body("items.name", hasItems("SAFETY_HAZARD", "REPEAT_COMPLAINT", "GOV_HOTLINE_TRANSFER"));
        }
        as(Tokens.agent()).get(RULES + "MEDIA_OR_REGULATOR").then().statusCode(200)
                .body("channels", equalTo(List.of("MEDIA", "REGULATOR"))).body("severity", equalTo("URGENT"))
                .body("enabled", equalTo(true));
        as(Tokens.steward()).get(LIST).then().statusCode(403);
        as(Tokens.agent()).get(RULES + "NO_SUCH_RULE").then().statusCode(404);
    }

    @Test
    void aNewRuleFiresAtTheNextIntakeAndADisabledOneNoMore() {
        String category = aNewHeatingCategory();
        String name = aNewName();
        added.add(name);
        as(Tokens.admin()).body(aRuleFor(List.of(category))).put(RULES + name).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(RULES + name))
                .body("categories", equalTo(List.of(category))).body("enabled", equalTo(true));
        Map<String, Object> body = aRoutineHeatingFeeComplaint();
        body.put("category", category);
        intake(Tokens.agent(), body).statusCode(201).body("severity", equalTo("IMPORTANT"))
                .body("severityRules", equalTo(List.of(name)));

        Map<String, Object> disabled = aRuleFor(List.of(category));
        disabled.put("enabled", false);
        as(Tokens.admin()).body(disabled).put(RULES + name).then().statusCode(200).body("enabled", equalTo(false));
        Map<String, Object> again = aRoutineHeatingFeeComplaint();
        again.put("category", category);
        intake(Tokens.agent(), again).statusCode(201).body("severity", equalTo("ROUTINE"))
                .body("severityRules", not(hasItem(name)));
        // a disabled rule stays readable, as tickets accepted under it name it
        as(Tokens.agent()).get(LIST).then().body("items.name", hasItem(name));
    }

    @Test
    void onlyAdminsChangeRules() {
        for (String token : List.of(Tokens.agent(), Tokens.supervisor(), Tokens.manager())) {
            as(token).body(aRuleFor(List.of("OTHER"))).put(RULES + "SAFETY_HAZARD").then().statusCode(403);
        }
        as(Tokens.agent()).get(RULES + "SAFETY_HAZARD").then().body("categories", hasItem("GAS_LEAK_SUSPECTED"));
    }

    @Test
    void badRulesAreRefusedAndChangeNothing() {
        String name = aNewName();
        refused("lower_case", aRuleFor(List.of("OTHER")), "name");
        Map<String, Object> noCriterion = aRuleFor(List.of());
        as(Tokens.admin()).body(noCriterion).put(RULES + name).then().statusCode(422)
                .body("errors.field", hasItem("criteria"))
                .body("rule", equalTo(SeverityCriteria.NEEDS_A_CRITERION));
        refused(name, aRuleFor(List.of("NO_SUCH_CATEGORY")), "categories");
        refused(name, with("channels", List.of("FAX")), "channels[0]");
        refused(name, with("vulnerabilities", List.of("GRUMPY")), "vulnerabilities[0]");
        refused(name, with("severity", null), "severity");
        refused(name, with("description", " "), "description");
        refused(name, with("position", -1), "position");
        as(Tokens.admin()).get(RULES + name).then().statusCode(404);
    }

    private static void refused(String name, Map<String, Object> rule, String field) {
        as(Tokens.admin()).body(rule).put(RULES + name).then().statusCode(422).body("errors.field", hasItem(field));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> rule = aRuleFor(List.of("OTHER"));
        rule.put(field, value);
        return rule;
    }

    private static Map<String, Object> aRuleFor(List<String> categories) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("description", "A test rule");
        rule.put("severity", "IMPORTANT");
        rule.put("position", 500);
        rule.put("categories", categories);
        return rule;
    }

    private static String aNewHeatingCategory() {
        String code = "TEST_" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        as(Tokens.admin()).body(Map.of("code", code, "utilities", List.of("HEATING"), "labelZh", "测试",
                "labelEn", "Test")).post("/api/v1/admin/categories").then().statusCode(201);
        return code;
    }

    private static String aNewName() {
        return "TEST_RULE_" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }
}
