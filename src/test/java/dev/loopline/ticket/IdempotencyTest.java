package dev.loopline.ticket;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Intakes.aRoutineHeatingFeeComplaint;
import static dev.loopline.support.Intakes.customerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.loopline.support.Race;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Test
    void theSameKeyAndBodyAnswersTheSameTicket() {
        Map<String, Object> body = aRoutineHeatingFeeComplaint();
        String key = UUID.randomUUID().toString();
        String id = post(key, body).then().statusCode(201).extract().path("id");
        post(key, body).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        historyOf(body).body("items", hasSize(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndWritesNothing() {
        Map<String, Object> body = aRoutineHeatingFeeComplaint();
        String key = UUID.randomUUID().toString();
        post(key, body).then().statusCode(201);
        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put("description", "另一件事");
        post(key, changed).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://loopline.dev/problems/idempotency-key-reused"));
        historyOf(body).body("items", hasSize(1));
    }

    @Test
    void twentyConcurrentRetriesWithOneKeyCreateExactlyOneTicket() throws Exception {
        Map<String, Object> body = aRoutineHeatingFeeComplaint();
        String key = UUID.randomUUID().toString();
        List<Response> answers = Race.of(20, () -> post(key, body));
        for (Response response : answers) {
            assertThat(response.statusCode()).as(response.asString()).isBetween(200, 299);
        }
        assertThat(answers).extracting(r -> (String) r.path("id")).hasSize(20)
                .containsOnly((String) answers.get(0).path("id"));
        historyOf(body).body("items", hasSize(1));
    }

    @Test
    void aRefusedIntakeLeavesItsKeyToTheCorrectedRetry() {
        Map<String, Object> body = aRoutineHeatingFeeComplaint();
        Map<String, Object> wrongCategory = new java.util.HashMap<>(body);
        wrongCategory.put("category", "NO_WATER");
        String key = UUID.randomUUID().toString();
        post(key, wrongCategory).then().statusCode(422).body("errors[0].field", equalTo("category"));
        post(key, body).then().statusCode(201).header("Idempotent-Replayed", equalTo(null));
        post(key, body).then().statusCode(201).header("Idempotent-Replayed", "true");
        historyOf(body).body("items", hasSize(1));
    }

    @Test
    void anOversizeKeyIsABadRequest() {
        post("k".repeat(201), aRoutineHeatingFeeComplaint()).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private static Response post(String key, Map<String, Object> body) {
        return as(Tokens.agent()).header("Idempotency-Key", key).body(body).post("/api/v1/tickets");
    }

    private static io.restassured.response.ValidatableResponse historyOf(Map<String, Object> body) {
        return as(Tokens.agent()).queryParam("phone", customerOf(body).get("phone"))
                .get("/api/v1/customers/history").then().statusCode(200);
    }
}
