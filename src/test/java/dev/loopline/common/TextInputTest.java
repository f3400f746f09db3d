package dev.loopline.common;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Journeys.step;
import static dev.loopline.support.Journeys.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.support.Journeys;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One rule for every text the API receives: a control character (NUL and the like) is refused and changes nothing. */
@QuarkusTest
class TextInputTest {

    private static final String NUL = "\u0000";

    /** DESIGN §10's step bodies, each with one control character where a person's text goes. */
    static Stream<Arguments> everyStepWithAControlCharacterInItsText() {
        return Stream.of(
                aCase("contacts", Journeys::accepted, Map.of("channel", "PHONE", "summary", "回电，已安抚",
                        "customerFacing", true, "text", "您好" + NUL + "我们已安排管家今天上门"), "text"),
                aCase("investigation", Journeys::contacted, Map.of("note", "派管家上门测温" + NUL), "note"),
                aCase("findings", Journeys::investigating, Map.of("findings", "入户测温17.5度", "rootCause", "PRODUCT",
                        "responsibleDepartments", List.of(Map.of("name", "管网\u0007运行部", "role", "PRIMARY"))),
                        "responsibleDepartments[0].name"),
                aCase("agreement", Journeys::negotiating, Map.of("options", List.of("今日排气调试", "更换阀门" + NUL),
                        "agreedOption", 0, "promisedBy", "2099-12-23T12:00:00Z"), "options[1]"),
                aCase("compensation", Journeys::compensating, Map.of("type", "NONE", "reason", "\u001b[31m无"),
                        "reason"),
                aCase("follow-up", Journeys::followingUp, Map.of("reached", true, "satisfaction", 4,
                        "comment", "满意" + NUL), "comment"),
                aCase("pause", Journeys::accepted, Map.of("reason", "用户不在家" + NUL), "reason"),
                aCase("reopen", Journeys::closed, Map.of("reason", NUL + "用户来电表示问题复发"), "reason"),
                aCase("escalations", Journeys::accepted, Map.of("trigger", "CUSTOMER_REQUEST",
                        "reason", "用户要求领导回复\u0008"), "reason"),
                aCase("work-orders", Journeys::accepted, Map.of("steward", "li.wei",
                        "instructions", "上门测温" + NUL + "并排气"), "instructions"));
    }

    private static Arguments aCase(String step, Supplier<String> ticketAtStep, Map<String, ?> body, String field) {
        return Arguments.of(step, ticketAtStep, body, field);
    }

    @ParameterizedTest(name = "POST /tickets/…/{0}")
    @MethodSource("everyStepWithAControlCharacterInItsText")
    void aControlCharacterInAStepBodyIs422NamingTheFieldAndChangesNothing(String step,
            Supplier<String> ticketAtStep, Map<String, ?> body, String field) {
        String id = ticketAtStep.get();
        int version = ticket(id).extract().path("version");
        int events = timelineLength(id);
        step(id, step, body).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://loopline.dev/problems/validation"))
                .body("errors.field", contains(field));
        ticket(id).body("version", equalTo(version));
        assertThat(timelineLength(id)).isEqualTo(events);
    }

    @Test
    void tabsAndLineBreaksAreText() {
        String id = Journeys.contacted();
        step(id, "investigation", Map.of("note", "派管家上门测温\r\n\t带上温度计")).statusCode(200);
    }

    @Test
    void aControlCharacterInAQueryOrPathParameterIs400NamingIt() {
        as(Tokens.agent()).queryParam("category", "HEATING" + NUL).get("/api/v1/tickets").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("category"));
        as(Tokens.agent()).queryParam("account", "HT\u0001").get("/api/v1/customers/history").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("account"));
        as(Tokens.admin()).urlEncodingEnabled(false).get("/api/v1/admin/categories/HEATING%01FEE").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("code"));
    }

    private static int timelineLength(String id) {
        return as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline/verification").then().statusCode(200)
                .extract().path("events");
    }
}
