package dev.loopline.common;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Intakes.aRoutineHeatingFeeComplaint;
import static dev.loopline.support.Intakes.customerOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad intakes get a clear problem document, never a 500, a stack trace or a class name, and write nothing. */
@QuarkusTest
class BadInputTest {

    private Map<String, Object> body;

    @BeforeEach
    void aFreshIntake() {
        body = aRoutineHeatingFeeComplaint();
    }

    @AfterEach
    void nothingWasWritten() {
        as(Tokens.agent()).queryParam("phone", customerOf(body).get("phone")).get("/api/v1/customers/history")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void malformedJsonIs400() {
        String broken = "{\"utility\": \"HEATING\", \"customer\": {\"phone\": \"" + customerOf(body).get("phone") + "\"";
        clean(as(Tokens.agent()).body(broken).post("/api/v1/tickets").then().statusCode(400))
                .body("type", equalTo("https://loopline.dev/problems/malformed-request"));
    }

    @Test
    void unknownEnumValueIs422NamingTheField() {
        body.put("utility", "STEAM");
        customerOf(body).put("vulnerabilities", java.util.List.of("ELDERLY_ALONE", "VIP"));
        clean(post().statusCode(422)).body("errors.field", hasItem("utility"));
    }

    @Test
    void unknownVulnerabilityIs422NamingTheField() {
        customerOf(body).put("vulnerabilities", java.util.List.of("ELDERLY_ALONE", "VIP"));
        clean(post().statusCode(422)).body("errors.field", hasItem("customer.vulnerabilities[1]"));
    }

    @Test
    void missingFieldsAre422NamingEachField() {
        body.remove("utility");
        body.remove("description");
        customerOf(body).remove("name");
        clean(post().statusCode(422)).body("errors.field", hasItems("utility", "description", "customer.name"));
    }

    @Test
    void oversizeFieldsAre422() {
        body.put("description", "冷".repeat(4001));
        body.put("address", "x".repeat(301));
        clean(post().statusCode(422)).body("errors.field", hasItems("description", "address"));
    }

    @Test
    void anUnknownFieldIs422SoATypoIsNeverSilentlyDropped() {
        customerOf(body).put("vulnerability", java.util.List.of("ELDERLY_ALONE"));
        clean(post().statusCode(422)).body("errors[0].field", equalTo("customer.vulnerability"));
    }

    @Test
    void wrongTypesAre422() {
        body.put("occurredAt", "yesterday");
        clean(post().statusCode(422)).body("errors[0].field", equalTo("occurredAt"));
    }

    @Test
    void aFutureOccurrenceIs422() {
        body.put("occurredAt", "2099-01-01T00:00:00Z");
        clean(post().statusCode(422)).body("errors[0].field", equalTo("occurredAt"));
    }

    @Test
    void aCustomerWithNeitherPhoneNorAccountIs422() {
        String phone = (String) customerOf(body).get("phone");
        customerOf(body).remove("phone");
        customerOf(body).remove("accountNo");
        clean(post().statusCode(422)).body("errors[0].field", equalTo("customer"));
        customerOf(body).put("phone", phone);
    }

    @Test
    void aNulCharacterInATextIs422AndWritesNothing() {
        body.put("description", "暖气不热\u0000");
        clean(post().statusCode(422)).body("errors.field", hasItems("description"));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        body.put("description", "x".repeat(70_000));
        as(Tokens.agent()).body(body).post("/api/v1/tickets").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://loopline.dev/problems/payload-too-large"));
    }

    @Test
    void anotherContentTypeIs415() {
        clean(given().auth().oauth2(Tokens.agent()).contentType("text/plain").body("utility=HEATING")
                .post("/api/v1/tickets").then().statusCode(415));
    }

    @Test
    void anEmptyBodyIs4xx() {
        clean(given().auth().oauth2(Tokens.agent()).contentType("application/json").post("/api/v1/tickets").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(422))));
    }

    @Test
    void anArrayInsteadOfAnObjectIs4xx() {
        clean(as(Tokens.agent()).body("[1,2,3]").post("/api/v1/tickets").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(422))));
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        clean(as(Tokens.agent()).get("/api/v1/no-such-thing").then().statusCode(404));
    }

    @Test
    void aWrongMethodIs405() {
        clean(as(Tokens.agent()).delete("/api/v1/tickets").then().statusCode(405));
    }

    private ValidatableResponse post() {
        return as(Tokens.agent()).body(body).post("/api/v1/tickets").then();
    }

    private static ValidatableResponse clean(ValidatableResponse response) {
        return response.contentType("application/problem+json")
                .body("title", not(empty()))
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")))
                .body(not(containsString("dev.loopline")));
    }
}
