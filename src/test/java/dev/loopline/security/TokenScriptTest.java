package dev.loopline.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.loopline.support.Intakes;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's way to get a token: src/scripts/token ROLE [USER] prints one the service accepts. */
@QuarkusTest
class TokenScriptTest {

    @Test
    void theScriptsTokenCarriesTheRoleAndTheUserId() throws Exception {
        String token = run("agent", "li.na");
        String id = given().auth().oauth2(token).contentType("application/json")
                .body(Intakes.aRoutineHeatingFeeComplaint()).post("/api/v1/tickets")
                .then().statusCode(201).body("owner", equalTo("li.na")).extract().path("id");
        given().auth().oauth2(token).get("/api/v1/tickets/" + id + "/timeline").then().statusCode(200)
                .body("items[0].actor", equalTo("li.na"));
        given().auth().oauth2(run("steward", "li.wei")).get("/api/v1/tickets").then().statusCode(403);
    }

    @Test
    void anUnknownRoleIsRefusedByTheScript() throws Exception {
        Process process = new ProcessBuilder("bash", "src/scripts/token", "boss").start();
        assertThat(process.waitFor()).isEqualTo(2);
    }

    private static String run(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = "src/scripts/token";
        System.arraycopy(args, 0, command, 2, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }
}
