package dev.loopline.common;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Intakes.aRoutineHeatingFeeComplaint;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SQL-like and script-like strings in every filter, deep nesting, bad ids: clear 4xx answers, never a 5xx. */
@QuarkusTest
class HostileInputTest {

    private static final List<String> NASTY = List.of("' or '1'='1", "1; drop table ticket; --",
            "<script>alert(1)</script>", "%00", "../../etc/passwd", "${jndi:ldap://x}", "\u202e\u0000",
            "x".repeat(5000), "🙂", "null", "-1", "9".repeat(40));

    private static final Map<String, List<String>> FILTERS = Map.of(
            "/api/v1/tickets", List.of("status", "severity", "utility", "category", "owner", "breached", "atRisk",
                    "area", "phone", "account", "cursor", "limit"),
            "/api/v1/customers/history", List.of("phone", "account", "cursor", "limit"),
            "/api/v1/escalations", List.of("open", "level", "ticketId", "cursor", "limit"),
            "/api/v1/work-orders", List.of("steward", "ticketId", "status", "cursor", "limit"),
            "/api/v1/sla/board", List.of("from", "to", "atRiskCursor", "breachedCursor", "limit"),
            "/api/v1/admin/categories", List.of("utility", "includeInactive"));

    static Stream<Arguments> everyFilterWithEveryNastyValue() {
        return FILTERS.entrySet().stream().flatMap(e -> e.getValue().stream()
                .flatMap(param -> NASTY.stream().map(value -> Arguments.of(e.getKey(), param, value))));
    }

    @ParameterizedTest(name = "{0}?{1}=…")
    @MethodSource("everyFilterWithEveryNastyValue")
    void aHostileFilterValueIsNeverA5xx(String path, String param, String value) {
        String token = path.contains("board") ? Tokens.supervisor() : path.contains("admin") ? Tokens.admin()
                : Tokens.supervisor();
        var response = given().auth().oauth2(token).queryParam(param, value).get(path).then()
                .statusCode(lessThan(500));
        if (response.extract().statusCode() >= 400) {
            response.contentType("application/problem+json");
        }
    }

    @Test
    void deeplyNestedJsonIsRefusedCleanly() {
        String nested = "[".repeat(100_00) + "]".repeat(100_00);
        as(Tokens.agent()).body("{\"utility\":\"HEATING\",\"customer\":" + nested + "}").post("/api/v1/tickets")
                .then().statusCode(anyOf(equalTo(400), equalTo(422))).contentType("application/problem+json");
    }

    @Test
    void invalidIdsInEveryPathAre400() {
        for (String path : List.of("/api/v1/tickets/nope", "/api/v1/tickets/nope/timeline",
                "/api/v1/tickets/nope/report", "/api/v1/escalations/nope", "/api/v1/work-orders/nope")) {
            as(Tokens.supervisor()).get(path).then().statusCode(400).contentType("application/problem+json");
        }
        as(Tokens.agent()).body(Map.of("note", "x")).post("/api/v1/tickets/' or 1=1 --/investigation").then()
                .statusCode(anyOf(equalTo(400), equalTo(404)));
    }

    @Test
    void scriptInTextIsStoredAsTextAndAnsweredAsJson() {
        Map<String, Object> body = aRoutineHeatingFeeComplaint();
        body.put("description", "<script>alert('x')</script>'; drop table ticket; --");
        as(Tokens.agent()).body(body).post("/api/v1/tickets").then().statusCode(201)
                .body("description", equalTo("<script>alert('x')</script>'; drop table ticket; --"));
    }
}
