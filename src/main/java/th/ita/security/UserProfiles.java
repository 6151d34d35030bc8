package th.ita.security;

import th.ita.workflow.Groups;
import th.ita.workflow.Tenants;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the application knows of a user once they are signed in: groups (roles, divisions), organisation (the
 * engine tenant they are a member of) and, for province auditors, their province. Read once at sign-in and carried
 * in the authentication's authorities ({@code ROLE_<group>}, {@code ORG_<id>}, {@code PROVINCE_<name>}), so that a
 * request does not read the identity tables again.
 */
@Service
public class UserProfiles {

    static final String ROLE_PREFIX = "ROLE_";
    static final String ORGANISATION_PREFIX = "ORG_";
    static final String PROVINCE_PREFIX = "PROVINCE_";
    /** Marks a group held only by acting for someone ({@link ActingGroups}): checked again at each service call. */
    static final String ACTING_PREFIX = "ACTING_";

    private final IdentityService identityService;
    private final ProvinceAuditorReadModel provinces;
    private final ActingGroups acting;

    UserProfiles(IdentityService identityService, ProvinceAuditorReadModel provinces, ActingGroups acting) {
        this.identityService = identityService;
        this.provinces = provinces;
        this.acting = acting;
    }

    public CurrentUser of(String userId) {
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        // One organisation per user (onboarding makes it so); several would make "their organisation" a guess.
        List<Long> organisations = identityService.createTenantQuery().userMember(userId).list().stream()
                .map(Tenant::getId).flatMap(id -> Tenants.organisationOf(id).stream()).toList();
        Long organisation = organisations.size() == 1 ? organisations.get(0) : null;
        String province = groups.contains(Groups.PROVINCE_AUDITOR)
                ? provinces.provinceOf(userId).orElse(null)
                : null;
        Set<String> effective = new java.util.HashSet<>(groups);
        if (organisation != null) {
            effective.addAll(acting.groups(userId, organisation));
        }
        return new CurrentUser(userId, effective, organisation, province);
    }

    /** The user's groups, acting ones included, with the acting ones marked (see {@link CurrentUserProvider}). */
    public List<GrantedAuthority> authorities(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.groupIds().forEach(group -> authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + group)));
        user.organisation().ifPresent(id -> acting.groups(user.userId(), id).forEach(group ->
                authorities.add(new SimpleGrantedAuthority(ACTING_PREFIX + group))));
        user.organisation().ifPresent(id -> authorities.add(new SimpleGrantedAuthority(ORGANISATION_PREFIX + id)));
        if (user.province() != null) {
            authorities.add(new SimpleGrantedAuthority(PROVINCE_PREFIX + user.province()));
        }
        return authorities;
    }

    /** The authentication the sign-in gives this user (also what tests sign in with). */
    public UsernamePasswordAuthenticationToken authentication(String userId) {
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities(of(userId)));
    }

    /** The user an authentication made by {@link #authorities} stands for. */
    static CurrentUser fromAuthentication(Authentication authentication) {
        Set<String> groups = new java.util.HashSet<>();
        Long organisation = null;
        String province = null;
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority.startsWith(ROLE_PREFIX)) {
                groups.add(authority.substring(ROLE_PREFIX.length()));
            } else if (authority.startsWith(ORGANISATION_PREFIX)) {
                organisation = Long.parseLong(authority.substring(ORGANISATION_PREFIX.length()));
            } else if (authority.startsWith(PROVINCE_PREFIX)) {
                province = authority.substring(PROVINCE_PREFIX.length());
            }
        }
        return new CurrentUser(authentication.getName(), groups, organisation, province);
    }

    /** The groups an authentication holds only by acting for someone, as they were when it was made. */
    static Set<String> actingGroups(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(ACTING_PREFIX)).map(a -> a.substring(ACTING_PREFIX.length()))
                .collect(Collectors.toSet());
    }
}
