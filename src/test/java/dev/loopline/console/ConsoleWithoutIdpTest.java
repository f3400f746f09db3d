package dev.loopline.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Production without an IdP configured: the API runs as ever, the console says sign-in is not configured. */
@QuarkusTest
@TestProfile(ConsoleWithoutIdpTest.NoIdentityProvider.class)
class ConsoleWithoutIdpTest {

    /** As the prod profile runs when LOOPLINE_OIDC_ENABLED is not set. */
    public static class NoIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "false");
        }
    }

    @Test
    void theConsoleAnswersThatSignInIsNotConfigured() {
        given().redirects().follow(false).get("/console/").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("未配置登录"), containsString("QUARKUS_OIDC_AUTH_SERVER_URL"));
        given().redirects().follow(false).get("/console/?lang=en").then().statusCode(404)
                .body(containsString("Sign-in is not configured"));
    }

    @Test
    void theApiTakesBearerTokensAsToday() {
        given().header("Authorization", "Bearer " + Tokens.supervisor()).get("/api/v1/sla/board").then()
                .statusCode(200);
        given().get("/api/v1/sla/board").then().statusCode(401);
    }
}
