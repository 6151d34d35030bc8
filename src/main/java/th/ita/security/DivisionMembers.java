package th.ita.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The people of one organisation's division, from Camunda's identity: members of the {@code div-<code>} group and
 * of the organisation's tenant. The group alone is shared by every organisation's division of that code.
 */
@Service
public class DivisionMembers {

    private final IdentityService identityService;

    public DivisionMembers(IdentityService identityService) {
        this.identityService = identityService;
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
