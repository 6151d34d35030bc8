package th.ita.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import th.ita.api.ApiProblems;
import th.ita.shared.DatabaseOutage;
import th.ita.shared.I18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP Basic's usual 401 challenge, except for a throttled attempt: 429 with {@code Retry-After}, which tells a
 * script when to come back instead of inviting it to send the next guess; and except while the database is away
 * (the password cannot be checked): 503 with the API's Thai problem detail and {@code Retry-After}, as for any other
 * request in an outage, never a 401 that tells a client its good password is wrong.
 */
final class ThrottleAwareBasicEntryPoint implements AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(ThrottleAwareBasicEntryPoint.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    private final I18n i18n;

    ThrottleAwareBasicEntryPoint(I18n i18n) {
        this.i18n = i18n;
        // The realm Spring Security's httpBasic() announces by default.
        basic.setRealmName("Realm");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof LoginThrottledException throttled) {
            ThrottledResponse.send(response, throttled.retryAfter());
        } else if (DatabaseOutage.isOutage(exception)) {
            log.warn("Database unavailable while signing in on {}: {}", request.getRequestURI(),
                    NestedExceptionUtils.getMostSpecificCause(exception).getMessage());
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, ApiProblems.OUTAGE_RETRY_AFTER_SECONDS);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    i18n.getTranslation("error.unavailable", ApiProblems.locale(request)));
            problem.setProperty("messageKey", "error.unavailable");
            JSON.writeValue(response.getOutputStream(), problem);
        } else {
            basic.commence(request, response, exception);
        }
    }
}
