package th.ita.security;

import org.junit.jupiter.api.Test;
import th.ita.support.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTest {

    static final String ATTACKER = "203.0.113.7";
    static final String MAYORS_OFFICE = "198.51.100.20";

    final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T09:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fourFailuresCostNothing_theFifthMakesThePairWaitOneSecond() {
        fail("mayor", ATTACKER, 4);
        assertThat(throttle.waitBefore("mayor", ATTACKER)).isZero();

        fail("mayor", ATTACKER, 1);
        assertThat(throttle.waitBefore("mayor", ATTACKER)).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(400));
        assertThat(throttle.waitBefore("mayor", ATTACKER)).isEqualTo(Duration.ofMillis(600));
        clock.advance(Duration.ofMillis(600));
        assertThat(throttle.waitBefore("mayor", ATTACKER)).isZero();
    }

    @Test
    void theWaitDoublesWithEachFurtherFailure_upToFiveMinutes() {
        fail("mayor", ATTACKER, 5);
        assertThat(waitAfterOneMoreFailure()).isEqualTo(Duration.ofSeconds(2));
        assertThat(waitAfterOneMoreFailure()).isEqualTo(Duration.ofSeconds(4));
        assertThat(waitAfterOneMoreFailure()).isEqualTo(Duration.ofSeconds(8));
        for (int i = 0; i < 20; i++) {
            waitAfterOneMoreFailure();
        }
        assertThat(waitAfterOneMoreFailure()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theRightfulUserAtAnotherAddressIsNeverHeldUp() {
        fail("mayor", ATTACKER, 40);

        assertThat(throttle.waitBefore("mayor", ATTACKER)).isPositive();
        assertThat(throttle.waitBefore("mayor", MAYORS_OFFICE)).isZero();
    }

    @Test
    void otherAccountsAtTheSameAddressAreNotHeldUpByOnePairsFailures() {
        fail("mayor", ATTACKER, 10);

        assertThat(throttle.waitBefore("clerk", ATTACKER)).isZero();
    }

    @Test
    void aSuccessResetsThePair() {
        fail("mayor", MAYORS_OFFICE, 6);
        clock.advance(Duration.ofSeconds(2));
        throttle.succeeded("mayor", MAYORS_OFFICE);

        fail("mayor", MAYORS_OFFICE, 4);
        assertThat(throttle.waitBefore("mayor", MAYORS_OFFICE)).isZero();
    }

    @Test
    void aRunEndsAfterFifteenQuietMinutes() {
        fail("mayor", ATTACKER, 4);
        clock.advance(Duration.ofMinutes(15));

        fail("mayor", ATTACKER, 4);
        assertThat(throttle.waitBefore("mayor", ATTACKER)).isZero();
    }

    @Test
    void failuresSpreadOverManyAccountsMakeTheAddressWait_forEveryAccount() {
        for (int i = 0; i < 49; i++) {
            fail("user" + i, ATTACKER, 1);
        }
        assertThat(throttle.waitBefore("mayor", ATTACKER)).isZero();

        fail("user49", ATTACKER, 1);
        assertThat(throttle.waitBefore("mayor", ATTACKER)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("mayor", MAYORS_OFFICE)).isZero();
    }

    @Test
    void aSuccessDoesNotClearTheAddressRecord() {
        for (int i = 0; i < 50; i++) {
            fail("user" + i, ATTACKER, 1);
        }
        clock.advance(throttle.waitBefore("attackers.own.account", ATTACKER));
        assertThat(throttle.tryToCheck("attackers.own.account", ATTACKER)).isZero();
        throttle.succeeded("attackers.own.account", ATTACKER);

        assertThat(throttle.waitBefore("mayor", ATTACKER)).isPositive();
    }

    @Test
    void attemptsDuringTheWaitAreRefusedUnchecked_andDoNotCount() {
        fail("mayor", ATTACKER, 5);
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryToCheck("mayor", ATTACKER)).isPositive();
        }

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryToCheck("mayor", ATTACKER)).isZero();
        assertThat(throttle.waitBefore("mayor", ATTACKER)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aBurstOfParallelGuessesGetsNoMoreThroughThanOneAfterAnother() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger checked = new AtomicInteger();
        List<Callable<Void>> guesses = Collections.nCopies(200, () -> {
            if (throttle.tryToCheck("mayor", ATTACKER).isZero()) {
                checked.incrementAndGet();
            }
            return null;
        });
        try {
            pool.invokeAll(guesses);
        } finally {
            pool.shutdown();
        }
        assertThat(checked.get()).isEqualTo(5);
    }

    @Test
    void anAttemptThatNeverReachedThePasswordCheckDoesNotCount() {
        fail("mayor", ATTACKER, 4);
        assertThat(throttle.tryToCheck("mayor", ATTACKER)).isZero();
        throttle.notChecked("mayor", ATTACKER);

        assertThat(throttle.waitBefore("mayor", ATTACKER)).isZero();
    }

    @Test
    void accountNamesDifferingInCaseShareOnePair() {
        fail("Mayor", ATTACKER, 3);
        fail("MAYOR ", ATTACKER, 2);

        assertThat(throttle.waitBefore("mayor", ATTACKER)).isPositive();
    }

    @Test
    void finishedRunsAreDropped_andTheMapNeverGrowsPastItsBound() {
        LoginThrottle small = new LoginThrottle(clock, LoginThrottle.PER_ACCOUNT_AND_ADDRESS, LoginThrottle.PER_ADDRESS, 3);
        for (int i = 0; i < 10; i++) {
            small.tryToCheck("user" + i, "192.0.2." + i);
        }
        assertThat(small.trackedPairs()).isEqualTo(3);

        clock.advance(Duration.ofMinutes(16));
        small.tryToCheck("late", "192.0.2.99");
        assertThat(small.trackedPairs()).isEqualTo(1);
    }

    @Test
    void aPolicyWhoseWaitOutlivesItsRunIsRefused() {
        assertThatThrownBy(() -> new FailureCounter.Policy(5, Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Duration waitAfterOneMoreFailure() {
        clock.advance(throttle.waitBefore("mayor", ATTACKER));
        assertThat(throttle.tryToCheck("mayor", ATTACKER)).isZero();
        return throttle.waitBefore("mayor", ATTACKER);
    }

    /** Wrong passwords as fast as they come: those tried during a wait are refused, and so not counted. */
    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.tryToCheck(account, address);
        }
    }
}
