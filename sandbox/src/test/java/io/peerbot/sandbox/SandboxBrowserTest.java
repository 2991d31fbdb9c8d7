package io.peerbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole story in a real browser (headless Chromium) with the real bot: pick alice, type
 * {@code /peer app-vpc 222222222222:eu-west-1:billing …}, see the request card, become bob, click Approve, confirm
 * the dialog, open the thread and read the steps and the test; then carol's {@code /peer list} links to it.
 *
 * <p>Saves a screenshot to {@code target/sandbox.png}, and also to the path in {@code -Dpeerbot.screenshot=…}
 * (the README's {@code docs/sandbox.png}). Skipped when Debian's {@code chromium} and {@code chromium-driver}
 * are not installed ({@code .ci/install-browser} installs them).
 */
class SandboxBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String REQUEST = "/peer app-vpc " + DemoOrganisation.BILLING_REF
            + " --ports tcp:5432,icmp --reason \"billing reads the orders DB\"";

    @TempDir
    Path profile;

    private Sandbox sandbox;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "SandboxBrowserTest skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver, or run .ci/install-browser)");
    }

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests(), new PeerbotStarter());
        // Named explicitly so that Selenium Manager never looks for (or downloads) a browser or a driver.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1600,1200", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // The page re-renders on every change; an element found a moment ago may have been replaced.
        wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    @Test
    void aliceRequestsBobApprovesTheThreadShowsEachStepAndTheListLinksToIt() throws IOException {
        browser.get(sandbox.pageUrl().toString());
        becomes(DemoOrganisation.ALICE);

        type(REQUEST);
        assertThat(cardText()).contains("@alice asks to peer", "billing reads the orders DB");
        wait.until(d -> cardFor("app-vpc", "billing")
                .findElements(By.cssSelector("button[data-action-id=peer_approve]")).size() == 1);

        becomes(DemoOrganisation.BOB);
        wait.until(d -> {
            cardFor("app-vpc", "billing").findElement(By.cssSelector("button[data-action-id=peer_approve]")).click();
            return true;
        });
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(dialog.findElement(By.id("confirm-title")).getText()).isEqualTo("Approve this peering?");
        assertThat(dialog.findElement(By.id("confirm-text")).getText()).startsWith("Accept pcx-");
        assertThat(dialog.findElement(By.id("confirm-deny")).getText()).isEqualTo("Cancel");
        dialog.findElement(By.id("confirm-ok")).click();

        wait.until(d -> cardFor("app-vpc", "billing").getText().contains("approved by @bob"));
        assertThat(cardText()).doesNotContain("Waiting for approval");
        wait.until(d -> {
            cardFor("app-vpc", "billing").findElement(By.cssSelector(".replies-link")).click();
            return d.findElement(By.id("thread-panel")).isDisplayed();
        });
        wait.until(d -> d.findElement(By.id("thread-body")).getText().contains("Connectivity test over"));
        assertThat(browser.findElement(By.id("thread-body")).getText()).contains("Accepted", "is active",
                "Routes on the requester side", "Routes on the accepter side", "Security group rules",
                "both directions pass");

        screenshot();

        becomes(DemoOrganisation.CAROL);
        browser.findElement(By.id("thread-close")).click();
        type("/peer list");
        String cardTs = wait.until(d -> cardFor("app-vpc", "billing").getDomAttribute("data-ts"));
        wait.until(d -> {
            d.findElement(By.cssSelector(".msg.ephemeral")).findElement(By.linkText("thread")).click();
            return true;
        });
        wait.until(d -> cardTs.equals(d.findElement(By.id("thread-panel")).getDomAttribute("data-thread"))
                && d.findElement(By.id("thread-panel")).isDisplayed());
    }

    @Test
    void anEphemeralAnswerIsShownOnlyToWhoTypedTheCommand() {
        browser.get(sandbox.pageUrl().toString());
        becomes(DemoOrganisation.ALICE);

        type("/peer app-vpc legacy-vpc");
        String answer = wait.until(d -> d.findElement(By.cssSelector(".msg.ephemeral")).getText());
        assertThat(answer).contains("Only visible to you", "overlaps");

        becomes(DemoOrganisation.BOB);
        assertThat(browser.findElements(By.cssSelector(".msg.ephemeral"))).isEmpty();
        becomes(DemoOrganisation.ALICE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".msg.ephemeral")));
    }

    @Test
    void markupInAMessageIsShownAsTextAndNeverRuns() throws Exception {
        String attack = "<img src=x onerror=\"document.body.dataset.pwned='yes'\"><script>document.body.dataset"
                + ".pwned='yes'</script>";
        new WebApiCalls(sandbox.slack()).post(DemoOrganisation.CHANNEL, attack,
                "[{\"type\":\"header\",\"text\":{\"type\":\"plain_text\",\"text\":\"" + attack.replace("\"", "\\\"")
                        + "\"}},{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\""
                        + attack.replace("\"", "\\\"") + "\"}}]");

        browser.get(sandbox.pageUrl().toString());
        String shown = wait.until(d -> d.findElement(By.cssSelector("#messages .msg")).getText());

        assertThat(shown).contains("<img src=x", "<script>");
        assertThat(browser.findElements(By.cssSelector("#messages img, #messages script"))).isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-pwned")).isNull();
    }

    /** Picks the person in the page's "You are" menu and waits until the page shows what they see. */
    private void becomes(String userId) {
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        new Select(browser.findElement(By.id("viewer"))).selectByValue(userId);
        wait.until(d -> userId.equals(d.findElement(By.tagName("body")).getDomAttribute("data-viewer")));
    }

    private void type(String command) {
        WebElement input = browser.findElement(By.id("composer-input"));
        input.clear();
        input.sendKeys(command, Keys.ENTER);
    }

    /** The request card's text, read again if the page redraws it meanwhile. */
    private String cardText() {
        return wait.until(d -> cardFor("app-vpc", "billing").getText());
    }

    /** The request card in the channel for these two VPCs; a wait retries while there is none. */
    private WebElement cardFor(String a, String b) {
        for (WebElement message : browser.findElements(By.cssSelector("#messages .msg"))) {
            List<WebElement> header = message.findElements(By.cssSelector(".bk-header"));
            if (!header.isEmpty() && header.get(0).getText().contains(a) && header.get(0).getText().contains(b)) {
                return message;
            }
        }
        throw new NoSuchElementException("no request card for " + a + " and " + b + " yet");
    }

    private void screenshot() throws IOException {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        write(Path.of("target", "sandbox.png"), png);
        String wanted = System.getProperty("peerbot.screenshot");
        if (wanted != null && !wanted.isBlank()) {
            write(Path.of(wanted), png);
        }
    }

    private static void write(Path file, byte[] png) throws IOException {
        File parent = file.toAbsolutePath().getParent().toFile();
        if (!parent.isDirectory() && !parent.mkdirs()) {
            throw new IOException("cannot create " + parent);
        }
        Files.write(file, png);
    }
}
