package dev.loopline.support;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;

import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Drives tickets through the closed loop by the real API, to the step a test starts from. */
public final class Journeys {

    public static final Map<String, Object> CONTACT = Map.of("channel", "PHONE", "summary", "回电，已安抚",
            "customerFacing", true, "text", "您好，我们已安排管家今天上门");
    public static final Map<String, Object> FINDINGS = Map.of("findings", "入户测温17.5度", "rootCause", "PRODUCT",
            "responsibleDepartments", List.of(Map.of("name", "管网运行部", "role", "PRIMARY")));

    private Journeys() {
    }

    public static Map<String, Object> agreement() {
        return Map.of("options", List.of("今日排气调试", "更换阀门"), "agreedOption", 0,
                "promisedBy", Instant.now().plus(1, ChronoUnit.DAYS).toString());
    }

    public static String accepted() {
        return intake(Tokens.agent(), Intakes.aRoutineHeatingFeeComplaint()).statusCode(201).extract().path("id");
    }

    public static String contacted() {
        String id = accepted();
        step(id, "contacts", CONTACT).statusCode(200);
        return id;
    }

    public static String investigating() {
        String id = contacted();
        step(id, "investigation", Map.of("note", "派管家上门测温")).statusCode(200);
        return id;
    }

    public static String negotiating() {
        String id = investigating();
        step(id, "findings", FINDINGS).statusCode(200);
        return id;
    }

    public static String compensating() {
        String id = negotiating();
        step(id, "agreement", agreement()).statusCode(200);
        return id;
    }

    public static String followingUp() {
        String id = compensating();
        step(id, "compensation", Map.of("type", "FEE_REDUCTION", "amount", 150, "currency", "CNY")).statusCode(200);
        return id;
    }

    public static String closed() {
        String id = followingUp();
        step(id, "follow-up", Map.of("reached", true, "satisfaction", 4, "comment", "满意")).statusCode(200);
        return id;
    }

    public static ValidatableResponse step(String id, String step, Object body) {
        return step(Tokens.agent(), id, step, body);
    }

    public static ValidatableResponse step(String token, String id, String step, Object body) {
        return as(token).body(body).post("/api/v1/tickets/" + id + "/" + step).then();
    }

    public static ValidatableResponse ticket(String id) {
        return as(Tokens.agent()).get("/api/v1/tickets/" + id).then().statusCode(200);
    }
}
