package th.ita.oit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Politeness: this node sends a host at most one request per {@code delay}. A municipality's website often runs on a
 * small shared host; 43 items and a plan's evidence links fetched back to back would look like an attack.
 * <p>
 * Safe for many checker threads at once: each caller reserves the host's next free slot under the lock and then
 * sleeps outside it, so a thread waiting for one host never holds up the requests to other hosts.
 */
class HostPacer {

    /** Waits; a test passes one that records the waits instead of sleeping. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Above this many hosts remembered, the slots already past are forgotten (a national run has ~8,000 hosts). */
    private static final int FORGET_ABOVE = 10_000;

    private final Duration delay;
    private final Clock clock;
    private final Sleeper sleeper;
    /** Per host, the time of the last slot handed out (possibly in the future: reserved by a thread now waiting). */
    private final Map<String, Instant> last = new HashMap<>();

    HostPacer(Duration delay, Clock clock, Sleeper sleeper) {
        this.delay = delay;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Returns when the host may be asked again, and counts this request from then. */
    void await(String host) throws InterruptedException {
        Duration wait = reserve(host.toLowerCase(Locale.ROOT));
        if (!wait.isNegative() && !wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    private synchronized Duration reserve(String host) {
        Instant now = clock.instant();
        if (last.size() > FORGET_ABOVE) {
            last.values().removeIf(slot -> slot.plus(delay).isBefore(now));
        }
        Instant previous = last.get(host);
        Instant slot = previous == null || !previous.plus(delay).isAfter(now) ? now : previous.plus(delay);
        last.put(host, slot);
        return Duration.between(now, slot);
    }
}
