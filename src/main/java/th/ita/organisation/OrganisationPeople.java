package th.ita.organisation;

import th.ita.security.Tenants;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.division.DivisionService;
import th.ita.security.CurrentUser;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;

import java.util.List;

/**
 * The people of an organisation: accounts in Camunda's identity (so the password is hashed and checked against the
 * policy by the engine), members of the organisation's tenant, in the groups of their role. A platform administrator
 * adds people to any organisation, an organisation's administrator to their own. All or nothing.
 */
@Service
public class OrganisationPeople {

    private final IdentityService identityService;
    private final OrganisationService organisations;
    private final DivisionService divisions;
    private final UserAccounts accounts;

    public OrganisationPeople(IdentityService identityService, OrganisationService organisations,
                              DivisionService divisions, UserAccounts accounts) {
        this.identityService = identityService;
        this.organisations = organisations;
        this.divisions = divisions;
        this.accounts = accounts;
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
        String id = accounts.newId(person.id());
        PersonRole role = PersonRole.of(person.role()).orElseThrow(() ->
                new UserInputException("person.error.role", String.valueOf(person.role())));
        String division = RequiredText.optional(person.division(), "person.field.division", 40);
        if (role.needsDivision() && division == null) {
            throw new UserInputException("person.error.divisionRequired", role.apiName());
        }
        if (division != null && divisions.find(organisationId, division).isEmpty()) {
            throw new UserInputException("measure.error.unknownDivision", division);
        }
        accounts.create(id, person.firstName(), person.lastName(), person.email(), person.password());
        identityService.createTenantUserMembership(Tenants.of(organisation.id()), id);
        List<String> groups = role.groups(division);
        groups.forEach(group -> identityService.createMembership(id, group));
    }
}
