package dev.tandem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A browser test: Debian's Chromium (never a downloaded one) driven by Playwright against Tandem on a random port,
 * one browser per class and a fresh context (cookies, storage) per test. Screenshots go to
 * {@code target/screenshots/} for people to look at.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get(System.getProperty("basedir", "."), "target", "screenshots");

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private final List<BrowserContext> others = new java.util.ArrayList<>();
    protected Page page;

    @BeforeAll
    void launchBrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("en-GB"));
        context.setDefaultTimeout(10_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
        others.forEach(BrowserContext::close);
        others.clear();
    }

    /**
     * Another person at another browser at the same time (cookies of their own), signed in through the real form;
     * closed after the test.
     */
    protected Page anotherPerson(String username) {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setLocale("en-GB"));
        other.setDefaultTimeout(30_000);
        others.add(other);
        Page their = other.newPage();
        their.navigate(url("/login"));
        their.locator("#username").fill(username);
        their.locator("#password").fill(IntegrationTest.PASSWORD);
        their.locator("main form button[type=submit]").click();
        assertThat(their).hasURL(url("/"));
        return their;
    }

    /** Ends this browser session (cookies and all) and starts a fresh one, as another person would. */
    protected void newSession() {
        closeContext();
        openContext();
    }

    /** Signs in through the real form as a demo user and lands on the home page. */
    protected void signIn(String username) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(IntegrationTest.PASSWORD);
        page.locator("main form button[type=submit]").click();
        assertThat(page).hasURL(url("/"));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void screenshot(String name) {
        screenshot(page, name);
    }

    protected void screenshot(Page of, String name) {
        of.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
