package th.ita.organisation;

import th.ita.workflow.Tenants;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.division.DivisionService;
import th.ita.people.People;
import th.ita.operations.AdminAuditLog;
import th.ita.security.CurrentUser;
import th.ita.security.DisabledAccounts;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;

import java.util.List;
import java.util.Map;

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
    private final DisabledAccounts disabled;
    private final People people;
    private final AdminAuditLog audit;

    public OrganisationPeople(IdentityService identityService, OrganisationService organisations,
                              DivisionService divisions, UserAccounts accounts, DisabledAccounts disabled,
                              People people, AdminAuditLog audit) {
        this.audit = audit;
        this.identityService = identityService;
        this.organisations = organisations;
        this.divisions = divisions;
        this.accounts = accounts;
        this.disabled = disabled;
        this.people = people;
    }

    /**
     * Changes a person's name, position and e-mail: only the organisation's administrator (or the platform's) may, nobody their
     * own (the engine grants nobody rights on their own account). A person of another organisation is "not found".
     */
    @Transactional
    public void updateProfile(long organisationId, String userId, String firstName, String lastName, String email,
                              String position, CurrentUser actor) {
        requireManagedMember(organisationId, userId, actor);
        accounts.updateProfile(userId, firstName, lastName, email);
        people.setPosition(userId, position);
    }

    /**
     * "Deletes" a person: the account is disabled, not removed, so their name stays on the history
     * ({@link DisabledAccounts}). Nobody disables their own account (an organisation would lock itself out).
     */
    @Transactional
    public void disable(long organisationId, String userId, CurrentUser actor) {
        requireManagedMember(organisationId, userId, actor);
        if (userId.equals(actor.userId())) {
            throw new UserInputException("person.error.disableSelf");
        }
        disabled.disable(userId);
        audit.record("person.disabled", actor.userId(), Map.of("organisation", organisationId, "person", userId));
    }

    private void requireManagedMember(long organisationId, String userId, CurrentUser actor) {
        if (!mayManage(actor, organisationId)) {
            throw new AccessDeniedException(actor.userId() + " may not manage the people of organisation " + organisationId);
        }
        boolean member = userId != null && identityService.createUserQuery().userId(userId)
                .memberOfTenant(Tenants.of(organisationId)).count() > 0;
        if (!member || disabled.isDisabled(userId)) {
            throw new UserInputException("person.error.notFound", String.valueOf(userId));
        }
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
        people.setPosition(id, person.position());
        identityService.createTenantUserMembership(Tenants.of(organisation.id()), id);
        List<String> groups = role.groups(division);
        groups.forEach(group -> identityService.createMembership(id, group));
        audit.record("person.added", actor.userId(), Map.of("organisation", organisationId, "person", id,
                "role", role.apiName(), "groups", String.join(" ", groups)));
    }
}
