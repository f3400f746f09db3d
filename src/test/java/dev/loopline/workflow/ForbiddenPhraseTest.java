package dev.loopline.workflow;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Journeys.step;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.loopline.support.Journeys;
import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Customer-facing text with a forbidden phrase (服务禁语) is warned about and recorded, never blocked. */
@QuarkusTest
class ForbiddenPhraseTest {

    @Test
    void aForbiddenPhraseInACustomerFacingContactIsAWarningAndATimelineEvent() {
        String id = Journeys.accepted();
        step(id, "contacts", Map.of("channel", "PHONE", "summary", "解释政策", "customerFacing", true,
                "text", "这是 规定，我们也没有办法")).statusCode(200)
                .body("ticket.sla.firstResponse.metAt", org.hamcrest.Matchers.notNullValue())
                .body("warnings", hasSize(2))
                .body("warnings.phrase", hasItem("我们也没有办法"))
                .body("warnings[0].field", equalTo("text"));
        as(Tokens.agent()).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("items.type", hasItem("text.forbidden_phrase"))
                .body("items.find { it.type == 'text.forbidden_phrase' }.payload.hits.phrase", hasItem("这是规定"));
    }

    @Test
    void anInternalNoteIsNotChecked() {
        String id = Journeys.accepted();
        step(id, "contacts", Map.of("channel", "PHONE", "summary", "用户说：这是规定吗", "customerFacing", false,
                "text", "这是规定")).statusCode(200).body("warnings", hasSize(0));
    }

    @Test
    void agreementOptionsAreCustomerFacing() {
        String id = Journeys.negotiating();
        step(id, "agreement", Map.of("options", List.of("温度就只能这样了", "更换阀门"), "agreedOption", 1,
                "promisedBy", "2099-01-01T00:00:00Z")).statusCode(200)
                .body("ticket.status", equalTo("COMPENSATING"))
                .body("warnings[0].field", equalTo("options[0]"));
    }

    @Test
    void adminsKeepTheList() {
        String phrase = "不归我们管" + ThreadLocalRandom.current().nextInt(1_000_000);
        as(Tokens.agent()).body(Map.of("phrase", phrase)).post("/api/v1/admin/forbidden-phrases").then()
                .statusCode(403);
        as(Tokens.admin()).body(Map.of("phrase", phrase)).post("/api/v1/admin/forbidden-phrases").then()
                .statusCode(201);
        as(Tokens.admin()).body(Map.of("phrase", phrase)).post("/api/v1/admin/forbidden-phrases").then()
                .statusCode(409);
        String id = Journeys.accepted();
        step(id, "contacts", Map.of("channel", "SMS", "summary", "短信", "customerFacing", true,
                "text", "这个" + phrase)).statusCode(200).body("warnings", hasSize(1));
        as(Tokens.admin()).delete("/api/v1/admin/forbidden-phrases/" + phrase).then().statusCode(204);
        as(Tokens.agent()).get("/api/v1/admin/forbidden-phrases").then().statusCode(200)
                .body("items.phrase", hasItem("这是规定"));
    }
}
