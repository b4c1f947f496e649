package dev.abmbridge.app.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The status page in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs):
 * sign in with the token, see the runs and both charts drawn, explain an account through the form. Without
 * Chromium the test is skipped on a developer's machine and fails under CI=true.
 */
class StatusPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String TOKEN = "browser-test-token-51c2";

    private static ServeTestServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "Chromium or its driver is missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing);
            }
            Assumptions.abort(missing);
        }
        server = ServeTestServer.start(Map.of("abm.runtime.connections.crm.cron", "* * * * * *",
                "abm.serve.token", TOKEN));
        ServeServerTest.awaitRuns(server, 2);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,2000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void signInSeeRunsAndChartsThenExplainAnAccount() {
        browser.get(server.base + "/");
        assertThat(browser.getCurrentUrl()).as("sent to the login form").endsWith("/login");
        browser.findElement(By.id("password")).sendKeys(TOKEN);
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        // click() returns once the form is submitted, not when the next page has loaded.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.titleIs("ABM Bridge status"));
        assertThat(browser.getTitle()).isEqualTo("ABM Bridge status");
        List<WebElement> runs = browser.findElements(By.cssSelector("#runs tr.run"));
        assertThat(runs).isNotEmpty();
        // The schedule fires every second, so the newest row may be a run still going: a finished one is listed.
        assertThat(runs).anySatisfy(run -> assertThat(run.getText()).contains("Sync", "Succeeded"));

        WebElement tiers = browser.findElement(By.id("tier-chart"));
        assertThat(tiers.isDisplayed()).isTrue();
        assertThat(tiers.getSize().getWidth()).isGreaterThan(200);
        List<WebElement> tierBars = tiers.findElements(By.tagName("rect"));
        assertThat(tierBars).hasSize(2);
        assertThat(tierBars.get(0).getSize().getWidth()).as("Tier 1 bar drawn").isGreaterThan(100);
        assertThat(tiers.getText()).contains("Tier 1", "3 (100%)");
        WebElement fit = browser.findElement(By.id("fit-chart"));
        assertThat(fit.findElements(By.tagName("rect"))).hasSize(10);
        assertThat(fit.getText()).contains("90–100");

        assertThat(browser.findElement(By.id("audiences")).getText()).contains("Tier 1 companies", "67%");
        assertThat(browser.findElement(By.id("dead-letters")).getText()).contains("tier1/umbrella.com");

        WebElement query = browser.findElement(By.name("account"));
        query.sendKeys("acme.com");
        query.submit();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("explain-result"), "Company A1"));
        WebElement result = browser.findElement(By.id("explain-result"));
        assertThat(result.getText()).contains("Company A1", "acme.com", "Tier 1", "Decision Maker");
        assertThat(browser.findElement(By.id("explain-fit")).getText()).isEqualTo("100");
    }
}
