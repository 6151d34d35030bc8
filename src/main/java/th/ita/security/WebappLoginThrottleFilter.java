package th.ita.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * The Camunda webapps' own sign-in ({@code POST .../api/admin/auth/user/{engine}/login/{app}}, form fields
 * {@code username} and {@code password}) checks the password with the identity service directly, past Spring
 * Security. This filter puts the {@link LoginThrottle} in front of it: a throttled attempt gets 429 without being
 * checked; afterwards the response status says whether the counted attempt was a failure.
 */
final class WebappLoginThrottleFilter extends OncePerRequestFilter {

    /** A sign-in form is a few dozen bytes; a body too big to read here is no sign-in. */
    static final int MAX_BODY = 8 * 1024;

    private final LoginThrottle throttle;

    WebappLoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Besides the logins, only logout is posted under this path.
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        ReplayableRequest replayable = new ReplayableRequest(request, body);
        // No user name (logout, or a body the login would not read either) still counts for the address.
        String username = replayable.formField("username");
        String account = username == null ? "" : username;
        String address = request.getRemoteAddr();
        Duration wait = throttle.tryToCheck(account, address);
        if (!wait.isZero()) {
            ThrottledResponse.send(response, wait);
            return;
        }
        chain.doFilter(replayable, response);
        recordOutcome(response.getStatus(), account, address);
    }

    /**
     * 2xx is a correct password; 401 a wrong one, already counted. Anything else (a 403 from the CSRF filter or
     * for an app the user may not open) is no failure, but it does not reset the pair either: else a guesser could
     * clear their own record with a broken request.
     */
    private void recordOutcome(int status, String account, String address) {
        if (status >= 200 && status < 300) {
            throttle.succeeded(account, address);
        } else if (status != HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.notChecked(account, address);
        }
    }
}
