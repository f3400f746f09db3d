package dev.loopline.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.loopline.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What the console answers without a browser: the sign-in challenge, its headers, and the API left as it was. */
@QuarkusTest
class ConsoleHttpTest {

    @Test
    void aPageWithoutASessionRedirectsToTheIdentityProvidersSignIn() {
        given().redirects().follow(false).get("/console/").then().statusCode(302)
                .header("Location", containsString("/authorize?"))
                .header("Location", containsString("response_type=code"))
                .header("Location", containsString("client_id="))
                .header("Location", containsString("ui_locales=zh-Hans"));
    }

    @Test
    void aReaderWhoChoseEnglishIsSignedInOnTheIdentityProvidersEnglishPage() {
        given().redirects().follow(false).cookie(ConsoleLanguage.COOKIE, "en").get("/console/").then()
                .statusCode(302).header("Location", containsString("ui_locales=en"))
                .header("Location", not(containsString("zh-Hans")));
        given().redirects().follow(false).get("/console/?lang=en").then()
                .statusCode(302).header("Location", containsString("ui_locales=en"));
    }

    @Test
    void theBoardsRefreshWithoutASessionIsToldToReloadNotRedirected() {
        given().redirects().follow(false).header("X-Requested-With", "JavaScript").get("/console/board").then()
                .statusCode(499);
    }

    @Test
    void consoleAnswersCarryAContentSecurityPolicyWithoutInlineScript() {
        given().get("/console-assets/board.js").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
        given().redirects().follow(false).get("/console/").then()
                .header("Content-Security-Policy", startsWith("default-src 'self'"));
    }

    @Test
    void theApiKeepsItsBearerTokensAndGetsNoConsoleHeaders() {
        given().header("Authorization", "Bearer " + Tokens.supervisor()).get("/api/v1/sla/board").then()
                .statusCode(200).header("Content-Security-Policy", nullValue());
        given().get("/api/v1/sla/board").then().statusCode(401).header("Location", nullValue());
    }

    @Test
    void theApiRefusesAConsoleSessionCookieInsteadOfABearerToken() {
        given().cookie("q_session", "anything").get("/api/v1/sla/board").then().statusCode(401);
    }
}
