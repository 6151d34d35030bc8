package th.ita.security;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows down password guessing at every door (form, HTTP Basic, Camunda webapp login) without ever locking an
 * account for good. Two counters, both in memory:
 * <ul>
 *   <li>per account and client address: from the 5th failure in a row the pair waits 1 s, doubling with each
 *       further failure up to 5 min, before its next attempt is even checked; a success resets the pair;</li>
 *   <li>per client address across accounts: from the 50th failure in a row the address waits the same way,
 *       so one machine cannot spray guesses over all accounts.</li>
 * </ul>
 * A run of failures ends after 15 minutes without one. Because the wait is keyed by the address, the rightful
 * user at another address is never held up by someone else's guessing; that is why the engine's own lock-out,
 * which locks the account itself, is switched off (application.properties).
 */
@Component
public class LoginThrottle {

    static final FailureCounter.Policy PER_ACCOUNT_AND_ADDRESS =
            new FailureCounter.Policy(5, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofMinutes(5));
    static final FailureCounter.Policy PER_ADDRESS =
            new FailureCounter.Policy(50, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofMinutes(5));
    /** Bounds the memory an attacker with many addresses can make us use (an entry is ~200 bytes). */
    static final int MAX_ENTRIES = 100_000;

    private final FailureCounter pairs;
    private final FailureCounter addresses;

    @Autowired
    public LoginThrottle(Clock clock) {
        this(clock, PER_ACCOUNT_AND_ADDRESS, PER_ADDRESS, MAX_ENTRIES);
    }

    LoginThrottle(Clock clock, FailureCounter.Policy pairPolicy, FailureCounter.Policy addressPolicy, int maxEntries) {
        this.pairs = new FailureCounter(clock, pairPolicy, maxEntries);
        this.addresses = new FailureCounter(clock, addressPolicy, maxEntries);
    }

    /** How long this account must wait at this address before its next attempt is checked; zero if it may try now. */
    public Duration waitBefore(String account, String address) {
        Duration pairWait = pairs.waitBefore(pairKey(account, address));
        Duration addressWait = addresses.waitBefore(addressKey(address));
        return pairWait.compareTo(addressWait) >= 0 ? pairWait : addressWait;
    }

    public void failed(String account, String address) {
        pairs.failed(pairKey(account, address));
        addresses.failed(addressKey(address));
    }

    /** Resets the pair only: a valid account of one's own must not wipe out the address's record of guessing. */
    public void succeeded(String account, String address) {
        pairs.reset(pairKey(account, address));
    }

    int trackedPairs() {
        return pairs.size();
    }

    private static String pairKey(String account, String address) {
        // Lower case: a database with a case-insensitive collation would accept "Mayor" as "mayor".
        return addressKey(address) + "\n" + (account == null ? "" : account.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return address == null ? "" : address;
    }
}
