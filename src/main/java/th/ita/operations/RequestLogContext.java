package th.ita.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.filter.OncePerRequestFilter;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Puts the request id, the user and their organisation on every log line written while a request is served, so an
 * operator can follow one request or one organisation through the log (in JSON with
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}; see docs/OPERATIONS.md). The request id is the proxy's
 * {@code X-Request-Id} when it sent a sane one, else a new one, and is returned in the answer's {@code X-Request-Id}.
 * Runs after Spring Security, which has identified the user by then. Never the password, a token or a header value
 * beyond the id.
 */
@Configuration
class RequestLogContext {

    static final String REQUEST_ID = "requestId";
    static final String USER = "user";
    static final String ORGANISATION = "organisation";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Bean
    FilterRegistrationBean<MdcFilter> requestLogContextFilter(CurrentUserProvider users) {
        var registration = new FilterRegistrationBean<>(new MdcFilter(users));
        // Spring Security's chain runs at -100; this comes after it and before the servlets.
        registration.setOrder(0);
        return registration;
    }

    static final class MdcFilter extends OncePerRequestFilter {

        private final CurrentUserProvider users;

        MdcFilter(CurrentUserProvider users) {
            this.users = users;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String given = request.getHeader("X-Request-Id");
            String requestId = given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
            response.setHeader("X-Request-Id", requestId);
            MDC.put(REQUEST_ID, requestId);
            try {
                CurrentUser user = users.require();
                MDC.put(USER, user.userId());
                user.organisation().ifPresent(id -> MDC.put(ORGANISATION, String.valueOf(id)));
            } catch (AccessDeniedException notSignedIn) {
                // Anonymous: the login page, health, LINE's webhook. The request id is enough.
            } catch (RuntimeException unreadable) {
                // The log's context must never fail a request: without the user then.
            }
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove(REQUEST_ID);
                MDC.remove(USER);
                MDC.remove(ORGANISATION);
            }
        }
    }
}
