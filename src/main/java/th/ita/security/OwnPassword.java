package th.ita.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import th.ita.shared.UserInputException;

/**
 * A person changes their own password, and only that, proving the current one first (a session left open must not
 * be enough). Their name, e-mail and account are their organisation administrator's to change
 * ({@code OrganisationPeople}); the engine grants nobody rights on their own account ({@code workflow.engine.NoSelfIdentityGrants}).
 * No surrounding transaction: a wrong current password counts as a failed sign-in attempt (the engine's lockout),
 * and that count must not be rolled back with the refusal. The new password is one engine command.
 */
@Service
public class OwnPassword {

    private final IdentityService identityService;

    public OwnPassword(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void change(CurrentUser user, String current, String newPassword, String repeated) {
        if (current == null || current.isEmpty() || !identityService.checkPassword(user.userId(), current)) {
            throw new UserInputException("password.error.current");
        }
        if (newPassword == null || !newPassword.equals(repeated)) {
            throw new UserInputException("password.error.repeat");
        }
        User account = identityService.createUserQuery().userId(user.userId()).singleResult();
        if (!identityService.checkPasswordAgainstPolicy(newPassword, account).isValid()) {
            throw new UserInputException("person.error.password");
        }
        account.setPassword(newPassword);
        identityService.saveUser(account);
    }
}
