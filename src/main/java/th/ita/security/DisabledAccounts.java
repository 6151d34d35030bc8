package th.ita.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

/**
 * A person who leaves is disabled, never deleted: their name stays on every step, comment and decision they took
 * (the history is evidence), but they can no longer sign in anywhere and no list offers them work. Disabling marks
 * the account (a user info entry of Camunda's identity, so no table of ours), replaces the password by a random one
 * nobody knows (the Camunda webapps check passwords themselves), and ends every group membership (no role, not in
 * any division's assignment list). The organisation's tenant membership stays, so the organisation still names them.
 */
@Component
public class DisabledAccounts {

    static final String DISABLED_AT = "ita.disabledAt";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identityService;
    private final Clock clock;

    public DisabledAccounts(IdentityService identityService, Clock clock) {
        this.identityService = identityService;
        this.clock = clock;
    }

    public boolean isDisabled(String userId) {
        return userId != null && identityService.getUserInfo(userId, DISABLED_AT) != null;
    }

    /** Inside the caller's transaction, after it has checked that the actor may. */
    public void disable(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        // Upper, lower, digit and special characters whatever the random bytes, so that any password policy passes.
        user.setPassword("Aa1!" + Base64.getUrlEncoder().encodeToString(secret));
        identityService.saveUser(user);
        for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
            identityService.deleteMembership(userId, group.getId());
        }
        identityService.setUserInfo(userId, DISABLED_AT, Instant.now(clock).toString());
    }
}
