package th.ita.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real Chromium (Debian's, never a downloaded one) driven by Playwright. Each user gets a fresh browser
 * context, like a different person on a different computer.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Paths.get("docs/screenshots");

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    BrowserSession(String baseUrl) {
        // CI installs Chromium (.ci/run) and must run these tests; a developer without it gets them skipped.
        assumeTrue(Files.isExecutable(CHROMIUM) || System.getenv("CI") != null,
                "Chromium not installed at " + CHROMIUM + " (apt-get install chromium)");
        this.baseUrl = baseUrl;
        this.playwright = Playwright.create();
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    /** A new page logged in as the user, in Thai. */
    Page loginAs(String userId, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setLocale("th-TH"));
        // Generous: CI has two cores, and the first page of a fresh server is slow.
        context.setDefaultTimeout(60_000);
        Page page = context.newPage();
        page.navigate(baseUrl + "/login");
        // Type only once the login web component has upgraded, or it may re-render and drop what was typed.
        page.waitForFunction("() => !!customElements.get('vaadin-login-form')");
        page.locator("input[name=username]").fill(userId);
        page.locator("input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        try {
            page.waitForURL(url -> !url.contains("/login"));
        } catch (RuntimeException e) {
            failureScreenshot(page, "login-" + userId);
            throw new AssertionError(userId + " stayed on the login page", e);
        }
        try {
            page.locator("vaadin-app-layout").waitFor();
        } catch (RuntimeException e) {
            failureScreenshot(page, "after-login");
            throw new AssertionError("no application layout after login, at " + page.url(), e);
        }
        return page;
    }

    /** A new page with no one logged in (for Camunda's own webapps, which have their own login). */
    Page anonymousPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("th-TH"));
        context.setDefaultTimeout(60_000);
        return context.newPage();
    }

    Page loginAs(String userId) {
        return loginAs(userId, 1280, 800);
    }

    String url(String path) {
        return baseUrl + path;
    }

    static void screenshot(Page page, String name) {
        page.evaluate("document.fonts.ready");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static void failureScreenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/e2e-failures", name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
