package th.ita.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;

import java.util.List;

/**
 * Hands {@code /engine-rest} the caller's groups as Spring Security authenticated them for this request
 * ({@link UserProfiles}: the engine's memberships plus the groups held today by acting for someone), instead of
 * letting Camunda's filter read the memberships alone. So the engine's task queries and its {@code TASK_WORK}
 * checks see an acting head as a head during the period, and only then. The tenants are still read by the filter.
 */
public class EffectiveGroupsRestAuthentication extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
        if (result.isAuthenticated() && request.getUserPrincipal() instanceof Authentication authentication) {
            List<String> groups = UserProfiles.fromAuthentication(authentication).groupList();
            result.setGroups(groups);
        }
        return result;
    }
}
