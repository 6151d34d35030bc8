package th.ita.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import th.ita.security.CurrentUser;

import java.util.stream.Collectors;

/** The demo accounts as the application sees them once logged in: id and Camunda groups. */
@Component
public class TestUsers {

    private final IdentityService identityService;

    public TestUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    public CurrentUser user(String userId) {
        return new CurrentUser(userId, identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toSet()));
    }

    /** The Spring Security authentication the login would have produced. */
    public UsernamePasswordAuthenticationToken authentication(String userId) {
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, user(userId).groupIds().stream()
                .map(group -> new SimpleGrantedAuthority("ROLE_" + group)).toList());
    }
}
