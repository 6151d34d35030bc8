package th.ita.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;

import java.util.regex.Pattern;

/**
 * New accounts in Camunda's identity, checked the same way whoever creates them (an organisation's people, a
 * province auditor): id, names and the password policy (the engine hashes and checks it). Groups and tenants are
 * the caller's business.
 */
@Component
public class UserAccounts {

    /** Camunda's id whitelist (application.properties), in lower case: ids are typed at the login. */
    private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int MAX_NAME_LENGTH = 255;

    private final IdentityService identityService;

    public UserAccounts(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The checked id of a new account; {@link UserInputException} when malformed or taken. */
    public String newId(String requested) {
        String id = RequiredText.require(requested, "person.field.id", 64);
        if (!USER_ID.matcher(id).matches()) {
            throw new UserInputException("person.error.id", id);
        }
        if (identityService.createUserQuery().userId(id).count() > 0) {
            // The same answer whoever holds the id, in whichever organisation: it names nobody.
            throw new UserInputException("person.error.exists");
        }
        return id;
    }

    /** A new name and e-mail for an existing account, checked as on creation. */
    @Transactional
    public void updateProfile(String id, String firstName, String lastName, String email) {
        User user = identityService.createUserQuery().userId(id).singleResult();
        user.setFirstName(RequiredText.require(firstName, "person.field.firstName", MAX_NAME_LENGTH));
        user.setLastName(RequiredText.require(lastName, "person.field.lastName", MAX_NAME_LENGTH));
        user.setEmail(RequiredText.optional(email, "person.field.email", MAX_NAME_LENGTH));
        identityService.saveUser(user);
    }

    /** Saves the account (id from {@link #newId}); the password must pass the engine's policy. */
    @Transactional
    public void create(String id, String firstName, String lastName, String email, String password) {
        User user = identityService.newUser(id);
        user.setFirstName(RequiredText.require(firstName, "person.field.firstName", MAX_NAME_LENGTH));
        user.setLastName(RequiredText.require(lastName, "person.field.lastName", MAX_NAME_LENGTH));
        user.setEmail(RequiredText.optional(email, "person.field.email", MAX_NAME_LENGTH));
        String checked = password == null ? "" : password;
        PasswordPolicyResult policy = identityService.checkPasswordAgainstPolicy(checked, user);
        if (!policy.isValid()) {
            throw new UserInputException("person.error.password");
        }
        user.setPassword(checked);
        identityService.saveUser(user);
    }
}
