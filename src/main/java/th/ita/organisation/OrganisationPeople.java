package th.ita.organisation;

import th.ita.security.Tenants;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.division.DivisionService;
import th.ita.security.CurrentUser;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The people of an organisation: accounts in Camunda's identity (so the password is hashed and checked against the
 * policy by the engine), members of the organisation's tenant, in the groups of their role. A platform administrator
 * adds people to any organisation, an organisation's administrator to their own. All or nothing.
 */
@Service
public class OrganisationPeople {

    /** Camunda's id whitelist (application.properties), in lower case: ids are typed at the login. */
    private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int MAX_NAME_LENGTH = 255;

    private final IdentityService identityService;
    private final OrganisationService organisations;
    private final DivisionService divisions;

    public OrganisationPeople(IdentityService identityService, OrganisationService organisations,
                              DivisionService divisions) {
        this.identityService = identityService;
        this.organisations = organisations;
        this.divisions = divisions;
    }

    public static boolean mayManage(CurrentUser actor, long organisationId) {
        return actor.isPlatformAdmin() || (actor.isOrganisationAdmin() && actor.belongsTo(organisationId));
    }

    @Transactional
    public void add(long organisationId, NewPerson person, CurrentUser actor) {
        if (!mayManage(actor, organisationId)) {
            throw new AccessDeniedException(actor.userId() + " may not add people to organisation " + organisationId);
        }
        Organisation organisation = organisations.find(organisationId).orElseThrow(() ->
                new UserInputException("organisation.error.notFound", String.valueOf(organisationId)));
        String id = RequiredText.require(person.id(), "person.field.id", 64);
        if (!USER_ID.matcher(id).matches()) {
            throw new UserInputException("person.error.id", id);
        }
        if (identityService.createUserQuery().userId(id).count() > 0) {
            throw new UserInputException("person.error.exists", id);
        }
        PersonRole role = PersonRole.of(person.role()).orElseThrow(() ->
                new UserInputException("person.error.role", String.valueOf(person.role())));
        String division = RequiredText.optional(person.division(), "person.field.division", 40);
        if (role.needsDivision() && division == null) {
            throw new UserInputException("person.error.divisionRequired", role.apiName());
        }
        if (division != null && divisions.find(organisationId, division).isEmpty()) {
            throw new UserInputException("measure.error.unknownDivision", division);
        }
        User user = identityService.newUser(id);
        user.setFirstName(RequiredText.require(person.firstName(), "person.field.firstName", MAX_NAME_LENGTH));
        user.setLastName(RequiredText.require(person.lastName(), "person.field.lastName", MAX_NAME_LENGTH));
        user.setEmail(RequiredText.optional(person.email(), "person.field.email", MAX_NAME_LENGTH));
        String password = person.password() == null ? "" : person.password();
        PasswordPolicyResult policy = identityService.checkPasswordAgainstPolicy(password, user);
        if (!policy.isValid()) {
            throw new UserInputException("person.error.password");
        }
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createTenantUserMembership(Tenants.of(organisation.id()), id);
        List<String> groups = role.groups(division);
        groups.forEach(group -> identityService.createMembership(id, group));
    }
}
