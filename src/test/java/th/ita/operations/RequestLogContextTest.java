package th.ita.operations;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import th.ita.security.CurrentUserProvider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What every log line of a request carries: its id, the user and the organisation; nothing left after it. */
class RequestLogContextTest {

    final RequestLogContext.MdcFilter filter = new RequestLogContext.MdcFilter(new CurrentUserProvider());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSignedInRequest_logsItsUserAndOrganisation_andTheProxysRequestId() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "finance.officer", null, List.of(new SimpleGrantedAuthority("ROLE_div-finance"))));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/tasks");
        request.addHeader("X-Request-Id", "proxy-4f2a");
        MockHttpServletResponse response = new MockHttpServletResponse();
        Map<String, String> during = new HashMap<>();

        filter.doFilter(request, response, (req, res) -> during.putAll(MDC.getCopyOfContextMap()));

        assertThat(during).containsEntry("requestId", "proxy-4f2a").containsEntry("user", "finance.officer");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("proxy-4f2a");
        assertThat(MDC.getCopyOfContextMap() == null || MDC.getCopyOfContextMap().isEmpty()).isTrue();
    }

    @Test
    void anAnonymousRequest_getsAFreshId_andAForgedIdIsNotLogged() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.addHeader("X-Request-Id", "x\n2026-12-07 ERROR forged line");
        MockHttpServletResponse response = new MockHttpServletResponse();
        Map<String, String> during = new HashMap<>();

        filter.doFilter(request, response, (req, res) -> during.putAll(MDC.getCopyOfContextMap()));

        assertThat(during).doesNotContainKey("user").containsKey("requestId");
        assertThat(during.get("requestId")).matches("[0-9a-f-]{36}");
    }
}
