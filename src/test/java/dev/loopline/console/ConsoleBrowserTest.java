package dev.loopline.console;

import static dev.loopline.support.Api.as;
import static dev.loopline.support.Api.intake;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.loopline.sla.SlaSweep;
import dev.loopline.support.Browser;
import dev.loopline.support.Hotspots;
import dev.loopline.support.Intakes;
import dev.loopline.support.Journeys;
import dev.loopline.support.TestClock;
import dev.loopline.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console in a real browser, signed in through the test IdP's login page (OIDC Dev Services). */
@QuarkusTest
class ConsoleBrowserTest {

    private static final Instant MIRROR = Instant.parse("2026-01-01T00:00:00Z");

    private static WebDriver browser;

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTicketTheSweepFlagsAppearsInTheBreachedListWithinOneRefreshWithoutAReload() throws Exception {
        signIn("zhao.lei");
        WebElement heading = browser.findElement(By.tagName("h1"));
        assertThat(heading.getText()).isEqualTo("值班看板");

        String number = breachedTicket().number;

        new WebDriverWait(browser, Duration.ofSeconds(12)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#breached tr[data-number='" + number + "']")));
        assertThat(heading.isDisplayed()).as("the page was not reloaded: its heading is the same element").isTrue();
        WebElement row = browser.findElement(By.cssSelector("#breached tr[data-number='" + number + "']"));
        assertThat(row.getText()).contains("紧急").contains("超时");
        screenshot("board");
    }

    @Test
    void aSupervisorAcknowledgesAnEscalationByClicking() {
        Flagged ticket = breachedTicket();
        String escalation = openEscalation(ticket.id, 1);
        signIn("zhao.lei");

        WebElement heading = browser.findElement(By.tagName("h1"));
        assertThat(escalationRow(ticket.number, 1).findElement(By.cssSelector(".reason")).getText())
                .as("why it was raised, in words").startsWith("未在").endsWith("前首次响应");
        assertThat(escalationRow(ticket.number, 1).getText()).contains("值班长").doesNotContain("supervisor");
        escalationRow(ticket.number, 1).findElement(By.cssSelector("button.ack")).click();

        // the form posts, and the answer sends the browser back to a new board page: the old page's heading is gone
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(heading));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/console/"));
        as(Tokens.supervisor()).get("/api/v1/escalations/" + escalation).then().statusCode(200)
                .body("acknowledgedBy", equalTo("zhao.lei"));
        assertThat(browser.findElements(By.cssSelector("#escalations tr[data-number='" + ticket.number + "'][data-level='1']")))
                .isEmpty();
    }

    @Test
    void anAgentReadsTheBoardWithoutAcknowledgeAndAForgedAcknowledgementIsRefused() {
        Flagged ticket = breachedTicket();
        String escalation = openEscalation(ticket.id, 1);
        signIn("wang.fang");

        WebElement row = escalationRow(ticket.number, 1);
        assertThat(row.findElements(By.tagName("button"))).isEmpty();
        assertThat(row.getText()).contains("仅可查看");
        assertThat(browser.findElements(By.cssSelector("button.ack"))).isEmpty();

        given().cookies(session()).contentType(ContentType.URLENC).formParam("csrf", "forged")
                .redirects().follow(false).post("/console/escalations/" + escalation + "/acknowledgement")
                .then().statusCode(403);
        as(Tokens.supervisor()).get("/api/v1/escalations/" + escalation).then().body("acknowledgedAt", nullValue());
    }

    @Test
    void theServerRefusesWhatThePageDoesNotOfferEvenWithAValidToken() {
        Flagged ticket = breachedTicket();
        String levelTwo = openEscalation(ticket.id, 2);
        signIn("zhao.lei");
        String token = browser.findElement(By.cssSelector("#escalations input[name='csrf']")).getAttribute("value");
        assertThat(escalationRow(ticket.number, 2).findElements(By.tagName("button"))).isEmpty();

        given().cookies(session()).contentType(ContentType.URLENC).formParam("csrf", token)
                .redirects().follow(false).post("/console/escalations/" + levelTwo + "/acknowledgement")
                .then().statusCode(403);
        given().cookies(session()).contentType(ContentType.URLENC).formParam("note", "no token")
                .redirects().follow(false).post("/console/escalations/" + openEscalation(ticket.id, 1)
                        + "/acknowledgement").then().statusCode(403);
        as(Tokens.supervisor()).get("/api/v1/escalations/" + levelTwo).then().body("acknowledgedAt", nullValue());
    }

    @Test
    void aDescriptionWithMarkupShowsAsTextOnTheTicketPage() throws Exception {
        Map<String, Object> body = Intakes.aVulnerableCustomerWithoutHeat();
        body.put("description", "<script>alert(1)</script>");
        String id = intake(Tokens.agent(), body).statusCode(201).extract().path("id");
        signIn("zhao.lei");
        browser.get(url("/console/tickets/" + id));

        assertThat(browser.findElement(By.id("description")).getText()).isEqualTo("<script>alert(1)</script>");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.cssSelector(".steps .step-bar"))).isNotEmpty();
        // the category and the timeline's events by their labels, never their codes
        assertThat(browser.findElement(By.cssSelector(".five-w .category")).getText()).isEqualTo("室温不达标");
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("受理")
                .doesNotContain("ticket.accepted").doesNotContain("INDOOR_TEMPERATURE_LOW");
        screenshot("ticket");
    }

    @Test
    void aSupervisorApprovesACompensationOnTheTicketPageThatTheRequestingAgentIsNotOffered() throws Exception {
        String id = Journeys.compensating();
        Journeys.step(id, "compensation", Map.of("type", "REFUND", "amount", 500, "currency", "CNY")).statusCode(200)
                .body("ticket.status", equalTo("PENDING_APPROVAL"));
        signIn("wang.fang");
        browser.get(url("/console/tickets/" + id));
        assertThat(browser.findElement(By.id("approval")).getText()).contains("退款").contains("500 元")
                .contains("wang.fang");
        assertThat(browser.findElements(By.id("decide-approval"))).as("the requester decides nothing").isEmpty();

        signIn("zhao.lei");
        browser.get(url("/console/tickets/" + id));
        String token = browser.findElement(By.cssSelector("#decide-approval input[name='csrf']")).getAttribute("value");
        long version = Long.parseLong(browser.findElement(By.cssSelector("#decide-approval input[name='version']"))
                .getAttribute("value"));
        // a page read before someone else changed the ticket, a decision that is neither button, no token: refused
        given().cookies(session()).contentType(ContentType.URLENC).formParam("csrf", token)
                .formParam("version", version - 1).formParam("decision", "approve")
                .redirects().follow(false).post("/console/tickets/" + id + "/compensation/approval").then()
                .statusCode(412);
        given().cookies(session()).contentType(ContentType.URLENC).formParam("csrf", token)
                .formParam("version", version).formParam("decision", "maybe")
                .redirects().follow(false).post("/console/tickets/" + id + "/compensation/approval").then()
                .statusCode(422);
        given().cookies(session()).contentType(ContentType.URLENC).formParam("version", version)
                .formParam("decision", "approve")
                .redirects().follow(false).post("/console/tickets/" + id + "/compensation/approval").then()
                .statusCode(403);
        Journeys.ticket(id).body("status", equalTo("PENDING_APPROVAL"));

        screenshot("ticket-approval");
        browser.findElement(By.cssSelector("#decide-approval input[name='note']")).sendKeys("同意退款");
        browser.findElement(By.cssSelector("#decide-approval button[value='approve']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("approval")).isEmpty());
        Journeys.ticket(id).body("status", equalTo("FOLLOWING_UP"));
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("补偿已批准")
                .contains("zhao.lei");
        screenshot("ticket-approved");
    }

    @Test
    void aClosedTicketsWrittenReportOpensAsAPageStyledUnderTheConsolesPolicy() {
        String id = Journeys.closed();
        signIn("zhao.lei");
        browser.get(url("/console/tickets/" + id));
        browser.findElement(By.cssSelector("a.report[href$='report.html']")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/report.html"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        // the stylesheet is applied: an inline style would have been blocked by the CSP
        assertThat(browser.findElement(By.tagName("h1")).getCssValue("text-align")).isEqualTo("center");
        given().cookies(session()).get("/console/tickets/" + id + "/report.html").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<style")))
                .body(org.hamcrest.Matchers.containsString("href=\"/console/report.css\""));
        given().cookies(session()).get("/console/report.css").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/css"));
    }

    @Test
    void theSessionCookieIsSecureHttpOnlyAndLaxAndTheLanguageChoiceIsRemembered() throws Exception {
        signIn("chen.min");
        Cookie cookie = browser.manage().getCookieNamed("q_session");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");

        browser.findElement(By.cssSelector("a.lang")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Shift board");
        browser.get(url("/console/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Shift board");
        assertThat(browser.manage().getCookieNamed("loopline_lang").isHttpOnly()).isTrue();
        screenshot("board-en");
        browser.findElement(By.cssSelector("a.lang")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("值班看板");
    }

    @Test
    void aSupervisorTakesAHotspotOnSendsTheSharedNoticeAndRecordsTheFindingsFromItsPage() throws Exception {
        String area = Hotspots.aFreshArea();
        String last = null;
        for (int i = 0; i < 5; i++) {
            last = Hotspots.logged(area, "RADIATOR_LEAK");
        }
        String hotspot = Hotspots.hotspotOf(last);
        signIn("zhao.lei");
        browser.get(url("/console/hotspots/" + hotspot));
        browser.findElement(By.cssSelector("#take-hotspot input[name='note']")).sendKeys("抢修队已出发");
        browser.findElement(By.cssSelector("#take-hotspot button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("take-hotspot")).isEmpty());
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgement.by", equalTo("zhao.lei"));

        // a notice without its summary changes nothing: the server refuses it whatever the browser lets through
        String token = browser.findElement(By.cssSelector("#notice-hotspot input[name='csrf']")).getAttribute("value");
        given().cookies(session()).contentType(ContentType.URLENC).formParam("csrf", token)
                .formParam("channel", "SMS").formParam("summary", " ").formParam("text", "停水通知")
                .redirects().follow(false).post("/console/hotspots/" + hotspot + "/contacts").then().statusCode(422);
        given().cookies(session()).contentType(ContentType.URLENC).formParam("channel", "SMS")
                .formParam("summary", "停热通知").formParam("text", "no token")
                .redirects().follow(false).post("/console/hotspots/" + hotspot + "/contacts").then().statusCode(403);
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().body("notices.count", equalTo(0));

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#notice-hotspot select")))
                .selectByValue("SMS");
        browser.findElement(By.cssSelector("#notice-hotspot input[name='summary']")).sendKeys("片区停热统一告知");
        browser.findElement(By.cssSelector("#notice-hotspot textarea")).sendKeys("主管线抢修中，预计今晚 20 点恢复供热");
        WebElement send = browser.findElement(By.cssSelector("#notice-hotspot button"));
        send.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(send));
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().body("notices.count", equalTo(1));

        browser.findElement(By.cssSelector("#resolve-hotspot textarea")).sendKeys("主管线焊口开裂，已更换");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#resolve-hotspot select")))
                .selectByValue("PRODUCT");
        browser.findElement(By.cssSelector("#resolve-hotspot input[name='department']")).sendKeys("管网运行部");
        browser.findElement(By.cssSelector("#resolve-hotspot button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("hotspot-actions")).isEmpty());
        as(Tokens.supervisor()).get("/api/v1/hotspots/" + hotspot).then().body("status", equalTo("RESOLVED"))
                .body("resolution.rootCause", equalTo("PRODUCT")).body("resolution.by", equalTo("zhao.lei"));
        screenshot("hotspot-resolved");
    }

    @Test
    void aSupervisorFollowsAHotspotToItsTicketsAndAnAgentIsNotOfferedHotspots() throws Exception {
        String area = Hotspots.aFreshArea();
        List<String> tickets = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tickets.add(Hotspots.logged(area, "RADIATOR_LEAK"));
        }
        String hotspot = Hotspots.hotspotOf(tickets.get(4));
        signIn("zhao.lei");
        browser.findElement(By.cssSelector("a.nav-hotspots")).click();
        browser.findElement(By.cssSelector("#hotspots tr[data-id='" + hotspot + "'] a")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(area);
        assertThat(browser.findElements(By.cssSelector("#hotspot-tickets tbody tr"))).hasSize(5);
        screenshot("hotspot");
        browser.findElement(By.cssSelector("#hotspot-tickets tbody tr a")).click();
        assertThat(browser.findElement(By.id("ticket-hotspot")).getText()).contains(area).contains("尚未统一告知");

        signIn("wang.fang");
        assertThat(browser.findElements(By.cssSelector("a.nav-hotspots"))).isEmpty();
        given().cookies(session()).redirects().follow(false).get("/console/hotspots").then().statusCode(403);
        given().cookies(session()).redirects().follow(false).get("/console/reports/monthly").then().statusCode(403);
    }

    @Test
    void theBoardShowsABrokenPromiseAndAnOpenHotspot() {
        Duration back = mirrored();
        clock.advance(back.negated());
        String promised = inThePast(Intakes.aRoutineHeatingFeeComplaint());
        Journeys.step(promised, "contacts", Map.of("channel", "PHONE", "summary", "回电，已安抚", "customerFacing", false))
                .statusCode(200);
        Journeys.step(promised, "investigation", Map.of("note", "派管家上门测温")).statusCode(200);
        Journeys.step(promised, "findings", Map.of("findings", "入户测温17.5度", "rootCause", "PRODUCT",
                "responsibleDepartments", List.of(Map.of("name", "管网运行部", "role", "PRIMARY")))).statusCode(200);
        Journeys.step(promised, "agreement", Map.of("options", List.of("今日排气调试"), "agreedOption", 0,
                "singleOptionReason", "只有一种办法", "promisedBy", clock.instant().plus(Duration.ofHours(1)).toString()))
                .statusCode(200);
        String area = Hotspots.aFreshArea();
        String clustered = null;
        for (int i = 0; i < 5; i++) {
            clustered = inThePast(Hotspots.aComplaintFrom(area, "RADIATOR_LEAK"));
        }
        String hotspot = Hotspots.hotspotOf(clustered);
        clock.advance(Duration.ofHours(2));
        sweep.sweep(clock.instant());
        clock.advance(back.minusHours(2));
        String number = Journeys.ticket(promised).extract().path("number");

        signIn("wang.fang");
        assertThat(browser.findElement(By.cssSelector("#broken-promises tr[data-number='" + number + "']")).getText())
                .contains("超时");
        assertThat(browser.findElement(By.cssSelector("#board-hotspots tr[data-id='" + hotspot + "']")).getText())
                .contains(area).contains("5");
    }

    @Test
    void aManagerReadsTheMonthlyReportWithItsChartsAndDownloadsItsCsv() throws Exception {
        intake(Tokens.agent(), Intakes.aRoutineHeatingFeeComplaint()).statusCode(201);
        signIn("chen.min");
        browser.findElement(By.cssSelector("a.nav-monthly")).click();

        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("月度汇总").contains(month);
        assertThat(browser.findElements(By.cssSelector("#top article.top"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#top svg rect"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#top .legend")).getText()).containsPattern("\\d+ \\(");
        assertThat(browser.findElements(By.cssSelector("#trend svg rect.current"))).isNotEmpty();
        screenshot("monthly");
        given().cookies(session()).get("/console/reports/monthly.csv?month=" + month).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"));
    }

    @Test
    void anAdministratorGetsAClearForbiddenPage() {
        signIn("admin");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("无权访问");
        given().cookies(session()).redirects().follow(false).get("/console/").then().statusCode(403);
    }

    @Test
    void signingOutEndsTheSession() {
        signIn("zhao.lei");
        browser.findElement(By.cssSelector("a.signout")).click();

        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/console/signed-out"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("已退出登录");
        assertThat(browser.manage().getCookieNamed("q_session")).isNull();
        browser.get(url("/console/"));
        assertThat(browser.findElements(By.cssSelector("button[name='predefined-zhao.lei']"))).isNotEmpty();
    }

    private record Flagged(String id, String number) {
    }

    /**
     * An urgent ticket the sweep breaches two days after its acceptance, raising its escalations then: it heads the
     * breached and awaiting-acknowledgement lists (oldest first), because it is accepted as long before 2026 as now
     * is after it, so each later run's ticket is older than any an earlier run left in the database, and other tests
     * move the clock back hours, not years.
     */
    private Flagged breachedTicket() {
        Duration back = mirrored();
        clock.advance(back.negated());
        String id = inThePast(Intakes.aVulnerableCustomerWithoutHeat());
        clock.advance(Duration.ofDays(2));
        sweep.sweep(clock.instant());
        clock.advance(back.minusDays(2));
        return new Flagged(id, Journeys.ticket(id).extract().path("number"));
    }

    /** Logs the intake as having happened an hour before the (moved) clock's now; returns the ticket's id. */
    private String inThePast(Map<String, Object> body) {
        body.put("occurredAt", clock.instant().minus(Duration.ofHours(1)).toString());
        return intake(Tokens.agent(), body).statusCode(201).extract().path("id");
    }

    /** How far back to accept what must head an oldest-first list of the board (see {@link #breachedTicket}). */
    private Duration mirrored() {
        return Duration.between(MIRROR, clock.instant()).multipliedBy(2).plusDays(2);
    }

    private String openEscalation(String ticketId, int level) {
        List<String> ids = as(Tokens.manager()).get("/api/v1/escalations?open=true&level=" + level + "&ticketId="
                + ticketId).then().statusCode(200).extract().path("items.id");
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        return as(Tokens.agent()).body(Map.of("trigger", "CUSTOMER_REQUEST", "reason", "用户要求领导回复"))
                .post("/api/v1/tickets/" + ticketId + "/escalations").then().statusCode(201).extract().path("id");
    }

    private WebElement escalationRow(String number, int level) {
        return browser.findElement(By.cssSelector("#escalations tr[data-number='" + number + "'][data-level='"
                + level + "']"));
    }

    private void signIn(String user) {
        Browser.signIn(browser, url(""), user);
        // back from the IdP's page (another port) on the console, past the code exchange
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().startsWith(url("/console/"))
                && !d.getCurrentUrl().contains("code="));
    }

    /** The browser's session cookies, to send a request the page would not. */
    private Map<String, String> session() {
        return browser.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                .collect(Collectors.toMap(Cookie::getName, Cookie::getValue));
    }

    private String url(String path) {
        return "http://localhost:" + base.getPort() + path;
    }

    /** The whole page, as tall as it is, into target/console-screenshots (the README's come from there). */
    private static void screenshot(String name) throws java.io.IOException {
        Files.createDirectories(Browser.screenshotDir());
        Dimension window = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.body.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 4000)));
        Files.write(Browser.screenshotDir().resolve(name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(window);
    }
}
