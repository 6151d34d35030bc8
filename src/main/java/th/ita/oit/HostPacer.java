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
 */
class HostPacer {

    /** Waits; a test passes one that records the waits instead of sleeping. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration delay;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Instant> last = new HashMap<>();

    HostPacer(Duration delay, Clock clock, Sleeper sleeper) {
        this.delay = delay;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Returns when the host may be asked again, and counts this request from now. */
    synchronized void await(String host) throws InterruptedException {
        String key = host.toLowerCase(Locale.ROOT);
        Instant previous = last.get(key);
        if (previous != null) {
            Duration wait = Duration.between(clock.instant(), previous.plus(delay));
            if (!wait.isNegative() && !wait.isZero()) {
                sleeper.sleep(wait);
            }
        }
        last.put(key, clock.instant());
    }
}
