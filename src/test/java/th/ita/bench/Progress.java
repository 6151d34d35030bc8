package th.ita.bench;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A console progress bar for the long phases. One line every few seconds rather than a carriage-return animation:
 * Maven forwards the forked JVM's output line by line, and a CI log keeps every line.
 */
final class Progress {

    private static final int WIDTH = 30;
    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final String phase;
    private final int total;
    private final IntFunction<String> detail;
    private final AtomicInteger done = new AtomicInteger();
    private final long started = System.nanoTime();
    private volatile long lastPrinted;

    Progress(String phase, int total, IntFunction<String> detail) {
        this.phase = phase;
        this.total = total;
        this.detail = detail;
        print(0);
    }

    void step() {
        int now = done.incrementAndGet();
        long time = System.nanoTime();
        if (now == total || time - lastPrinted > EVERY_NANOS) {
            synchronized (this) {
                if (now == total || time - lastPrinted > EVERY_NANOS) {
                    lastPrinted = time;
                    print(now);
                }
            }
        }
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private void print(int now) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * now / total);
        double elapsed = seconds();
        String eta = now == 0 || now == total ? "" : " ETA %s".formatted(format(elapsed / now * (total - now)));
        System.out.printf("[bench] %-12s [%s%s] %3d%% %d/%d %s, %s elapsed%s%n", phase, "#".repeat(filled),
                " ".repeat(WIDTH - filled), total == 0 ? 100 : 100L * now / total, now, total, detail.apply(now),
                format(elapsed), eta);
        System.out.flush();
    }

    private static String format(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? "%dm%02ds".formatted(s / 60, s % 60) : s + "s";
    }
}
