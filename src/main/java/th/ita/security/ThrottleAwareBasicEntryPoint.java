package th.ita.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

import java.io.IOException;

/**
 * HTTP Basic's usual 401 challenge, except for a throttled attempt: 429 with {@code Retry-After}, which tells a
 * script when to come back instead of inviting it to send the next guess.
 */
final class ThrottleAwareBasicEntryPoint implements AuthenticationEntryPoint {

    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

    ThrottleAwareBasicEntryPoint() {
        // The realm Spring Security's httpBasic() announces by default.
        basic.setRealmName("Realm");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof LoginThrottledException throttled) {
            ThrottledResponse.send(response, throttled.retryAfter());
        } else {
            basic.commence(request, response, exception);
        }
    }
}
