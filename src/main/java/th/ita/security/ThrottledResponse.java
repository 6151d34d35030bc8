package th.ita.security;

import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;

/** The answer to a throttled REST or webapp sign-in: 429 with the whole seconds to wait in {@code Retry-After}. */
final class ThrottledResponse {

    static final int TOO_MANY_REQUESTS = 429;

    private ThrottledResponse() {
    }

    static void send(HttpServletResponse response, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setStatus(TOO_MANY_REQUESTS);
        response.setHeader("Retry-After", Long.toString(seconds));
    }
}
