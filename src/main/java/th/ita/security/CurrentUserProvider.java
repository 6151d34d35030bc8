package th.ita.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * Reads the logged-in user from Spring Security: the authorities {@link UserProfiles} gave them at sign-in. Groups
 * held by acting for someone are checked again here, at every service call: a session signed in during the period
 * loses them the day the period ends (or the moment the appointment is ended early), without signing out.
 */
@Component
public class CurrentUserProvider {

    private final ActingGroups acting;

    @org.springframework.beans.factory.annotation.Autowired
    public CurrentUserProvider(ActingGroups acting) {
        this.acting = acting;
    }

    /**
     * Outside Spring (a download handler, the request log): the groups as they were at sign-in, acting ones included
     * without the re-check. Services that decide anything take the bean.
     */
    public CurrentUserProvider() {
        this(null);
    }

    public CurrentUser require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            throw new AccessDeniedException("not logged in");
        }
        CurrentUser user = UserProfiles.fromAuthentication(authentication);
        Set<String> actingAtSignIn = UserProfiles.actingGroups(authentication);
        if (acting == null || actingAtSignIn.isEmpty() || user.organisationId() == null) {
            return user;
        }
        Set<String> stillActing = acting.groups(user.userId(), user.organisationId());
        Set<String> groups = new HashSet<>(user.groupIds());
        actingAtSignIn.stream().filter(group -> !stillActing.contains(group)).forEach(groups::remove);
        return new CurrentUser(user.userId(), groups, user.organisationId(), user.province());
    }
}
