package th.ita.e2e;

import com.microsoft.playwright.Page;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page said while a test drove it: console messages, uncaught errors, failed requests and server errors.
 * Kept from the start, because by the time a test fails the interesting message has long been printed.
 */
final class PageLog {

    /** Enough for a whole journey; a page stuck in a loop must not fill the disk. */
    private static final int MAX_LINES = 1_000;

    final String who;
    final Page page;
    private final List<String> lines = new ArrayList<>();

    PageLog(String who, Page page) {
        this.who = who;
        this.page = page;
        page.onConsoleMessage(m -> add("console." + m.type() + " " + m.text()
                + (m.location() == null || m.location().isEmpty() ? "" : "  (" + m.location() + ")")));
        page.onPageError(error -> add("pageerror " + error));
        page.onRequestFailed(r -> add("requestfailed " + r.method() + " " + r.url() + ": " + r.failure()));
        page.onResponse(r -> {
            if (r.status() >= 400) {
                add("http " + r.status() + " " + r.request().method() + " " + r.url());
            }
        });
        page.onFrameNavigated(frame -> {
            if (frame.parentFrame() == null) {
                add("navigated " + frame.url());
            }
        });
    }

    private synchronized void add(String line) {
        if (lines.size() < MAX_LINES) {
            lines.add(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + line);
        } else if (lines.size() == MAX_LINES) {
            lines.add("... more lines left out");
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
