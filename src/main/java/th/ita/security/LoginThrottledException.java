package th.ita.security;

import org.springframework.security.authentication.AccountStatusException;

import java.time.Duration;

/**
 * The attempt came too soon after earlier failures and was not checked. An {@link AccountStatusException}, so
 * that Spring Security asks no other provider; the form login shows its usual error, HTTP Basic answers 429.
 */
public class LoginThrottledException extends AccountStatusException {

    private final transient Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("too many failed sign-ins, retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
