package th.ita.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/** Reads the logged-in user from Spring Security; group ids come from the {@code ROLE_<group>} authorities. */
@Component
public class CurrentUserProvider {

    public CurrentUser require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            throw new AccessDeniedException("not logged in");
        }
        var groups = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(CamundaIdentityAuthenticationProvider.ROLE_PREFIX))
                .map(a -> a.substring(CamundaIdentityAuthenticationProvider.ROLE_PREFIX.length()))
                .collect(Collectors.toSet());
        return new CurrentUser(authentication.getName(), groups);
    }
}
