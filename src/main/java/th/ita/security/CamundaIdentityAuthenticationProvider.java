package th.ita.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import th.ita.shared.DatabaseOutage;

import java.time.Duration;

/**
 * Logs users in against Camunda's identity service, so that users, groups and passwords (hashed by the
 * engine) are managed in one place, also from the Camunda Admin webapp. Each group becomes the role
 * {@code ROLE_<groupId>}, which {@code @RolesAllowed("executive")} and friends check; the user's organisation and
 * province come along ({@link UserProfiles}). The {@link LoginThrottle}
 * is asked before the password is checked (which counts the attempt as failed) and told of a success after.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginThrottle throttle;
    private final UserProfiles profiles;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle,
                                                 UserProfiles profiles) {
        this.identityService = identityService;
        this.throttle = throttle;
        this.profiles = profiles;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("bad credentials");
        }
        String address = clientAddress(authentication);
        Duration wait = throttle.tryToCheck(userId, address);
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
        try {
            if (!identityService.checkPassword(userId, credentials.toString())) {
                throw new BadCredentialsException("bad credentials");
            }
            throttle.succeeded(userId, address);
            return profiles.authentication(userId);
        } catch (RuntimeException e) {
            // The database away: an authentication that could not be done (the entry point answers 503), not a
            // servlet exception escaping the filter chain as a 500.
            if (DatabaseOutage.isOutage(e)) {
                throw new InternalAuthenticationServiceException("Database unavailable while signing in", e);
            }
            throw e;
        }
    }

    /**
     * The form login and HTTP Basic both put the request's remote address in the details. Behind a reverse proxy
     * that is the proxy's, unless {@code server.forward-headers-strategy} is set (see README).
     */
    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
