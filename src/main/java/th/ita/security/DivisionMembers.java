package th.ita.security;

import th.ita.workflow.Groups;
import th.ita.workflow.Tenants;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

import th.ita.people.People;
import th.ita.people.PersonName;

import java.util.List;
import java.util.Map;

/**
 * The people of one organisation's division, from Camunda's identity: members of the {@code div-<code>} group and
 * of the organisation's tenant. The group alone is shared by every organisation's division of that code.
 */
@Service
public class DivisionMembers {

    private final IdentityService identityService;
    private final People people;

    public DivisionMembers(IdentityService identityService, People people) {
        this.identityService = identityService;
        this.people = people;
    }

    /** The members by name and position, for a head choosing whom to hand the work to. */
    public List<PersonName> named(long organisationId, String divisionCode) {
        List<String> ids = of(organisationId, divisionCode);
        Map<String, PersonName> names = people.names(ids);
        return ids.stream().map(names::get).toList();
    }

    public List<String> of(long organisationId, String divisionCode) {
        return identityService.createUserQuery().memberOfGroup(Groups.divisionGroup(divisionCode))
                .memberOfTenant(Tenants.of(organisationId))
                .orderByUserId().asc().list().stream().map(User::getId).toList();
    }

    public boolean isMember(String userId, long organisationId, String divisionCode) {
        return userId != null && identityService.createUserQuery().userId(userId)
                .memberOfGroup(Groups.divisionGroup(divisionCode))
                .memberOfTenant(Tenants.of(organisationId)).count() > 0;
    }
}
