package th.ita.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

import java.util.List;

/** The people of a division, from Camunda's identity (the {@code div-<code>} group). */
@Service
public class DivisionMembers {

    private final IdentityService identityService;

    public DivisionMembers(IdentityService identityService) {
        this.identityService = identityService;
    }

    public List<String> of(String divisionCode) {
        return identityService.createUserQuery().memberOfGroup(Groups.divisionGroup(divisionCode))
                .orderByUserId().asc().list().stream().map(User::getId).toList();
    }

    public boolean isMember(String userId, String divisionCode) {
        return userId != null && identityService.createUserQuery().userId(userId)
                .memberOfGroup(Groups.divisionGroup(divisionCode)).count() > 0;
    }
}
