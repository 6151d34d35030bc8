package th.ita.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real Chromium ({@link Chromium}: the system's where there is one, else Playwright's own) driven by Playwright.
 * Each user gets a fresh browser context, like a different person on a different computer. Every page it opens is watched, so that a failed
 * test leaves its screenshot, URL and console behind ({@link BrowserFailureCapture}).
 */
final class BrowserSession implements AutoCloseable {

    /**
     * Sized for the slowest case, not the usual one: the first load of the Vaadin bundle or of the Camunda webapps
     * by a JVM that has just started, on two cores that other builds share. Playwright's 30 s default (and the
     * 5 s of its assertions) failed there on a newcomer's first build. Waits end as soon as the condition holds,
     * so a generous limit costs nothing when the machine is fast.
     */
    static final double FIRST_LOAD_TIMEOUT_MS = 60_000;
    /** Assertions on a page that is already there: a server round trip, then a re-render. */
    static final double ASSERTION_TIMEOUT_MS = 30_000;

    static final Path SCREENSHOTS = Paths.get("docs/screenshots");

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;
    private final List<PageLog> pages = new ArrayList<>();

    BrowserSession(String baseUrl) {
        Optional<Path> chromium = Chromium.executable();
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
        this.baseUrl = baseUrl;
        // Playwright would otherwise fetch all its browsers here; Chromium.executable() has fetched the one it needs.
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium.orElse(null))
                .setHeadless(true)
                .setTimeout(FIRST_LOAD_TIMEOUT_MS)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    /** A new page logged in as the user, in Thai. */
    Page loginAs(String userId, int width, int height) {
        Page page = newPage(userId, width, height);
        page.navigate(baseUrl + "/login");
        // Type only once the login web component has upgraded, or it may re-render and drop what was typed.
        page.waitForFunction("() => !!customElements.get('vaadin-login-form')");
        page.locator("input[name=username]").fill(userId);
        page.locator("input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        try {
            page.waitForURL(url -> !url.contains("/login"));
        } catch (RuntimeException e) {
            throw new AssertionError(userId + " stayed on the login page", e);
        }
        try {
            page.locator("vaadin-app-layout").waitFor();
        } catch (RuntimeException e) {
            throw new AssertionError("no application layout after login, at " + page.url(), e);
        }
        return page;
    }

    Page loginAs(String userId) {
        return loginAs(userId, 1280, 800);
    }

    /** A new page with no one logged in (for Camunda's own webapps, which have their own login). */
    Page anonymousPage() {
        return newPage("anonymous", 1280, 900);
    }

    private Page newPage(String who, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setLocale("th-TH"));
        context.setDefaultTimeout(FIRST_LOAD_TIMEOUT_MS);
        context.setDefaultNavigationTimeout(FIRST_LOAD_TIMEOUT_MS);
        Page page = context.newPage();
        pages.add(new PageLog(who, page));
        return page;
    }

    String url(String path) {
        return baseUrl + path;
    }

    static void screenshot(Page page, String name) {
        page.evaluate("document.fonts.ready");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** The pages this session opened, oldest first, with what each one logged. */
    List<PageLog> pages() {
        return List.copyOf(pages);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
