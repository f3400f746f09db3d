package dev.loopline.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its own chromedriver (apt-get install chromium chromium-driver): Selenium
 * Manager is never asked, so nothing is downloaded.
 */
public final class Browser {

    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final String CHROMIUM = "/usr/bin/chromium";

    private Browser() {
    }

    public static WebDriver start() {
        try {
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--window-size=1600,1000", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("loopline-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            return driver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no temporary directory for Chromium's profile", e);
        }
    }

    /** Signs in at the test IdP (OIDC Dev Services): its login page offers one button per configured user. */
    public static void signIn(WebDriver driver, String baseUrl, String user) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/console/");
        driver.findElement(By.cssSelector("button[name='predefined-" + user + "']")).click();
    }

    public static Path screenshotDir() {
        return Path.of("target", "console-screenshots");
    }
}
