package th.ita.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * When a browser test fails, saves what is needed to tell a flake from a bug from the CI output alone: a
 * screenshot of the page the test was on ({@code target/e2e-failures/<test>.png}), and a log with every page's
 * URL, console messages, uncaught errors and failed requests ({@code <test>.log}); earlier pages of the test
 * get a screenshot of their own. The paths are printed. Then it closes the test's browser sessions.
 * <p>
 * Runs after the test method and before {@code @AfterEach}, while the pages are still open; finds the test's
 * {@link BrowserSession} fields itself, so a test only has to keep its session in a field.
 */
final class BrowserFailureCapture implements AfterTestExecutionCallback, AfterEachCallback {

    static final Path FAILURES = Paths.get("target/e2e-failures");
    /** A page that hangs must not hang the report about it. */
    private static final double SCREENSHOT_TIMEOUT_MS = 15_000;

    @Override
    public void afterTestExecution(ExtensionContext context) {
        context.getExecutionException().ifPresent(failure -> {
            String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
            for (BrowserSession session : sessions(context)) {
                save(test, session.pages(), failure);
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (BrowserSession session : sessions(context)) {
            session.close();
        }
    }

    private static void save(String test, List<PageLog> pages, Throwable failure) {
        if (pages.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(FAILURES);
            StringBuilder log = new StringBuilder("Test: ").append(test).append('\n').append(stackTrace(failure));
            for (int i = pages.size() - 1; i >= 0; i--) {
                PageLog page = pages.get(i);
                boolean last = i == pages.size() - 1;
                Path png = FAILURES.resolve(last ? test + ".png" : test + "-page" + (i + 1) + "-" + page.who + ".png");
                log.append("\n=== page ").append(i + 1).append(" of ").append(pages.size()).append(" (").append(page.who)
                        .append(")").append(last ? ", the one the test was on last" : "").append('\n')
                        .append("URL: ").append(url(page.page)).append('\n')
                        .append("Screenshot: ").append(screenshot(page.page, png)).append('\n');
                page.lines().forEach(line -> log.append(line).append('\n'));
            }
            Path logFile = FAILURES.resolve(test + ".log");
            Files.writeString(logFile, log, StandardCharsets.UTF_8);
            System.out.println("[e2e] " + test + " failed; browser state saved: "
                    + FAILURES.resolve(test + ".png").toAbsolutePath() + " and " + logFile.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            // Saving the evidence must never hide the failure itself.
            System.out.println("[e2e] could not save the browser state of " + test + ": " + e);
        }
    }

    private static String screenshot(Page page, Path png) {
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true).setTimeout(SCREENSHOT_TIMEOUT_MS));
            return png.toAbsolutePath().toString();
        } catch (RuntimeException e) {
            return "none (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    private static String url(Page page) {
        try {
            return page.url();
        } catch (RuntimeException e) {
            return "unknown (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    private static String stackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static List<BrowserSession> sessions(ExtensionContext context) {
        List<BrowserSession> sessions = new ArrayList<>();
        Object test = context.getRequiredTestInstance();
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == BrowserSession.class) {
                    try {
                        field.setAccessible(true);
                        if (field.get(test) instanceof BrowserSession session) {
                            sessions.add(session);
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("cannot read " + field, e);
                    }
                }
            }
        }
        return sessions;
    }
}
