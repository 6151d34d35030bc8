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
 * checked; afterwards the response status says what happened.
 */
final class WebappLoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    WebappLoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Logout is the only other POST under this path, and it carries no user name.
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String account = request.getParameter("username");
        if (account == null || account.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitBefore(account, address);
        if (!wait.isZero()) {
            ThrottledResponse.send(response, wait);
            return;
        }
        chain.doFilter(request, response);
        recordOutcome(response.getStatus(), account, address);
    }

    /**
     * 2xx is a correct password, 401 a wrong one. Anything else (a 403 from the CSRF filter, say) checked no
     * password, and must not reset the pair: else a guesser could clear their own record with a broken request.
     */
    private void recordOutcome(int status, String account, String address) {
        if (status >= 200 && status < 300) {
            throttle.succeeded(account, address);
        } else if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(account, address);
        }
    }
}
