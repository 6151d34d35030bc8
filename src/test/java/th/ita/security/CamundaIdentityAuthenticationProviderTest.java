package th.ita.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import th.ita.support.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The form login's door (HTTP Basic uses the same provider): the throttle is asked first, the password after. */
class CamundaIdentityAuthenticationProviderTest {

    final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T09:00:00Z"));
    final IdentityService identityService = mock(IdentityService.class);
    final CamundaIdentityAuthenticationProvider provider =
            new CamundaIdentityAuthenticationProvider(identityService, new LoginThrottle(clock),
                    new UserProfiles(identityService, mock(ProvinceAuditorReadModel.class), mock(ActingGroups.class)));

    @Test
    void afterFiveFailures_theNextAttemptIsRefusedUnchecked_evenWithTheRightPassword() {
        when(identityService.checkPassword("mayor", "wrong")).thenReturn(false);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(login("mayor", "wrong", "203.0.113.7")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> provider.authenticate(login("mayor", "demo", "203.0.113.7")))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        throttled -> assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        verify(identityService, times(0)).checkPassword("mayor", "demo");
    }

    @Test
    void theRightfulUserAtAnotherAddressSignsIn() {
        when(identityService.checkPassword("mayor", "wrong")).thenReturn(false);
        when(identityService.checkPassword("mayor", "demo")).thenReturn(true);
        GroupQuery groups = mock(GroupQuery.class, RETURNS_SELF);
        when(identityService.createGroupQuery()).thenReturn(groups);
        when(groups.list()).thenReturn(List.of());
        TenantQuery tenants = mock(TenantQuery.class, RETURNS_SELF);
        when(identityService.createTenantQuery()).thenReturn(tenants);
        when(tenants.list()).thenReturn(List.of());
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> provider.authenticate(login("mayor", "wrong", "203.0.113.7")))
                    .isInstanceOf(RuntimeException.class);
        }

        assertThat(provider.authenticate(login("mayor", "demo", "198.51.100.20")).isAuthenticated()).isTrue();
        verify(identityService, times(5)).checkPassword("mayor", "wrong");
    }

    private static UsernamePasswordAuthenticationToken login(String user, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails((HttpServletRequest) request));
        return token;
    }
}
