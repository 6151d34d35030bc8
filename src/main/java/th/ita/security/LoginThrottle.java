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

    /**
     * Asks to check a password. Zero: go ahead; the attempt already counts as failed until {@link #succeeded} or
     * {@link #notChecked} says otherwise (so parallel guesses cannot outrun the count). Otherwise: how long this
     * account must wait at this address, or this address at all, before an attempt is checked; nothing is counted.
     */
    public Duration tryToCheck(String account, String address) {
        String pair = pairKey(account, address);
        Duration pairWait = pairs.tryCount(pair);
        if (!pairWait.isZero()) {
            return pairWait;
        }
        Duration addressWait = addresses.tryCount(addressKey(address));
        if (!addressWait.isZero()) {
            pairs.uncount(pair);
        }
        return addressWait;
    }

    /**
     * The password was right: the pair starts afresh. The address only takes back this attempt; a valid account of
     * one's own must not wipe out the address's record of guessing.
     */
    public void succeeded(String account, String address) {
        pairs.reset(pairKey(account, address));
        addresses.uncount(addressKey(address));
    }

    /** The attempt never reached the password check (a refused request, say): it does not count. */
    public void notChecked(String account, String address) {
        pairs.uncount(pairKey(account, address));
        addresses.uncount(addressKey(address));
    }

    /** How long this account must wait at this address before its next attempt is checked; zero if it may try now. */
    Duration waitBefore(String account, String address) {
        Duration pairWait = pairs.waitBefore(pairKey(account, address));
        Duration addressWait = addresses.waitBefore(addressKey(address));
        return pairWait.compareTo(addressWait) >= 0 ? pairWait : addressWait;
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
