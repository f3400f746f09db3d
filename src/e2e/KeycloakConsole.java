import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser half of src/e2e/keycloak-console: a supervisor signs in through Keycloak's own login page, sees the
 * breached ticket on the board, acknowledges its escalation by clicking, opens each page (a screenshot of each),
 * and signs out. Exit 0 when all of it held; the first thing that did not hold is printed and exits 1.
 *
 *   java -cp SELENIUM src/e2e/KeycloakConsole.java CONSOLE_URL USER PASSWORD TICKET_NUMBER TICKET_ID HOTSPOT_ID SHOTS
 */
public final class KeycloakConsole {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        String console = args[0], user = args[1], password = args[2], number = args[3], ticketId = args[4];
        String hotspotId = args[5];
        Path shots = Path.of(args[6]);
        Files.createDirectories(shots);
        WebDriver browser = start();
        try {
            browser.get(console + "/console/");
            // Keycloak's login page, not the console's: the sign-in is the IdP's
            waitFor(browser, "Keycloak's login form", () -> !browser.findElements(By.id("username")).isEmpty());
            check(browser.getCurrentUrl().contains("/realms/loopline/protocol/openid-connect/auth"),
                    "the console sent the browser to Keycloak's authorization endpoint, not to " + browser.getCurrentUrl());
            shot(browser, shots, "console-sign-in.png");
            browser.findElement(By.id("username")).sendKeys(user);
            browser.findElement(By.id("password")).sendKeys(password);
            browser.findElement(By.id("kc-login")).click();

            waitFor(browser, "the board after sign-in", () -> browser.getCurrentUrl().startsWith(console + "/console/")
                    && !browser.findElements(By.cssSelector("#breached")).isEmpty());
            check(text(browser, "h1").equals("值班看板"), "the board's heading is " + text(browser, "h1"));
            check(browser.findElement(By.cssSelector("header")).getText().contains(user),
                    "the page's frame names the signed-in user " + user);
            waitFor(browser, "ticket " + number + " in the breached list", () -> !browser.findElements(
                    By.cssSelector("#breached tr[data-number='" + number + "']")).isEmpty());
            List<WebElement> ack = browser.findElements(
                    By.cssSelector("#escalations tr[data-number='" + number + "'] button.ack"));
            check(!ack.isEmpty(), "the escalation of ticket " + number + " offers Acknowledge to a supervisor");
            shot(browser, shots, "console-board.png");
            ack.get(0).click();
            waitFor(browser, "the acknowledged escalation to leave the awaiting list", () -> browser.findElements(
                    By.cssSelector("#escalations tr[data-number='" + number + "']")).isEmpty());
            System.out.println("acknowledged the escalation of " + number + " by clicking");

            browser.get(console + "/console/tickets/" + ticketId);
            waitFor(browser, "the ticket's page", () -> text(browser, "h1").contains(number));
            check(!browser.findElements(By.cssSelector(".steps .step-bar")).isEmpty(), "the ticket shows its step bars");
            shot(browser, shots, "console-ticket.png");

            browser.get(console + "/console/hotspots/" + hotspotId);
            waitFor(browser, "the hotspot's page",
                    () -> browser.findElements(By.cssSelector("#hotspot-tickets tbody tr")).size() >= 5);
            shot(browser, shots, "console-hotspot.png");

            browser.get(console + "/console/reports/monthly");
            waitFor(browser, "the monthly report with its charts",
                    () -> !browser.findElements(By.cssSelector("svg")).isEmpty());
            shot(browser, shots, "console-monthly.png");

            browser.get(console + "/console/logout");
            waitFor(browser, "the signed-out page", () -> browser.getCurrentUrl().startsWith(console
                    + "/console/signed-out"));
            browser.get(console + "/console/");
            waitFor(browser, "Keycloak's login form again after sign-out",
                    () -> !browser.findElements(By.id("username")).isEmpty());
            System.out.println("signed out: the console asks Keycloak again");
        } catch (AssertionError e) {
            System.err.println("FAILED: " + e.getMessage() + " (at " + browser.getCurrentUrl() + ")");
            Files.createDirectories(Path.of("target"));
            shot(browser, Path.of("target"), "keycloak-console-failed.png");
            System.err.println("the page as it was: target/keycloak-console-failed.png");
            System.exit(1);
        } finally {
            browser.quit();
        }
    }

    private static WebDriver start() throws java.io.IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1600,1000", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("loopline-kc-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static String text(WebDriver browser, String css) {
        List<WebElement> found = browser.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static void waitFor(WebDriver browser, String what, java.util.function.BooleanSupplier done)
            throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            try {
                if (done.getAsBoolean()) {
                    return;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page is being replaced (a refresh, a redirect): look again
            }
            Thread.sleep(200);
        }
        throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
    }

    private static void check(boolean held, String what) {
        if (!held) {
            throw new AssertionError(what);
        }
    }

    private static void shot(WebDriver browser, Path dir, String name) throws java.io.IOException {
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
