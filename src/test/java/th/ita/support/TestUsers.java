package th.ita.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import th.ita.security.CurrentUser;
import th.ita.security.UserProfiles;

/** The demo accounts as the application sees them once logged in: id, Camunda groups, organisation. */
@Component
public class TestUsers {

    private final UserProfiles profiles;

    public TestUsers(UserProfiles profiles) {
        this.profiles = profiles;
    }

    public CurrentUser user(String userId) {
        return profiles.of(userId);
    }

    /** The Spring Security authentication the login would have produced. */
    public UsernamePasswordAuthenticationToken authentication(String userId) {
        return profiles.authentication(userId);
    }
}
