package th.ita.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs of failed sign-ins per key, and the escalating wait they earn. Entries whose run is over are swept out
 * once per quiet period, and the map never holds more than {@code maxEntries}: past that, new keys go uncounted (logged) rather than the
 * JVM running out of memory.
 */
final class FailureCounter {

    private static final Logger log = LoggerFactory.getLogger(FailureCounter.class);

    /**
     * @param threshold the failure in a run from which each further attempt must wait
     * @param quietPeriod how long without a failure ends a run
     * @param firstDelay the wait after the threshold-th failure; it doubles with each further failure
     * @param maxDelay the longest wait; must be shorter than {@code quietPeriod}, so no wait outlives its entry
     */
    record Policy(int threshold, Duration quietPeriod, Duration firstDelay, Duration maxDelay) {
        Policy {
            if (threshold < 1 || maxDelay.compareTo(quietPeriod) >= 0 || firstDelay.compareTo(maxDelay) > 0) {
                throw new IllegalArgumentException("inconsistent login throttle policy");
            }
        }

        Duration delayAfter(int failures) {
            if (failures < threshold) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - threshold, 30);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    private record Run(int failures, Instant lastFailure, Instant waitUntil) {
    }

    private final Clock clock;
    private final Policy policy;
    private final int maxEntries;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final AtomicBoolean fullLogged = new AtomicBoolean();
    private final AtomicReference<Instant> lastSweep;

    FailureCounter(Clock clock, Policy policy, int maxEntries) {
        this.clock = clock;
        this.policy = policy;
        this.maxEntries = maxEntries;
        this.lastSweep = new AtomicReference<>(clock.instant());
    }

    Duration waitBefore(String key) {
        Run run = runs.get(key);
        if (run == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), run.waitUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Counts an attempt as failed before it is checked, in one atomic step with the look at the wait: so a burst
     * of parallel guesses cannot all slip through while the wait is still zero. Returns the wait if the key must
     * still wait (and counts nothing), zero if the attempt may go ahead.
     */
    Duration tryCount(String key) {
        Instant now = clock.instant();
        sweepNowAndThen(now);
        if (!runs.containsKey(key) && !roomForOneMore(now)) {
            return Duration.ZERO;
        }
        Duration[] refused = {Duration.ZERO};
        runs.compute(key, (k, run) -> {
            if (run != null && run.waitUntil().isAfter(now)) {
                refused[0] = Duration.between(now, run.waitUntil());
                return run;
            }
            int failures = run == null || over(run, now) ? 1 : run.failures() + 1;
            return new Run(failures, now, now.plus(policy.delayAfter(failures)));
        });
        return refused[0];
    }

    /** Takes back one counted attempt that turned out not to be a failure. */
    void uncount(String key) {
        runs.computeIfPresent(key, (k, run) -> run.failures() <= 1 ? null
                : new Run(run.failures() - 1, run.lastFailure(), run.lastFailure().plus(policy.delayAfter(run.failures() - 1))));
    }

    void reset(String key) {
        runs.remove(key);
    }

    int size() {
        return runs.size();
    }

    /** Drops finished runs once per quiet period, so the map holds only the runs of the last minutes. */
    private void sweepNowAndThen(Instant now) {
        Instant last = lastSweep.get();
        if (!last.plus(policy.quietPeriod()).isAfter(now) && lastSweep.compareAndSet(last, now)) {
            runs.values().removeIf(run -> over(run, now));
        }
    }

    private boolean roomForOneMore(Instant now) {
        if (runs.size() < maxEntries) {
            return true;
        }
        runs.values().removeIf(run -> over(run, now));
        if (runs.size() < maxEntries) {
            fullLogged.set(false);
            return true;
        }
        if (fullLogged.compareAndSet(false, true)) {
            log.warn("Login throttle full ({} entries): failed sign-ins from new addresses go uncounted until older runs end",
                    maxEntries);
        }
        return false;
    }

    private boolean over(Run run, Instant now) {
        return !run.lastFailure().plus(policy.quietPeriod()).isAfter(now);
    }
}
