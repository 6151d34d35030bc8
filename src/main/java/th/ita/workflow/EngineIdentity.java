package th.ita.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/** The engine's users and groups, where what we need goes beyond (or repeats around) its public identity API. */
public final class EngineIdentity {

    private EngineIdentity() {
    }

    /** Creates the group unless it exists; an existing group keeps its name and type. */
    public static void ensureGroup(IdentityService identityService, String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    /**
     * Saves a user without the engine's password policy (e.g. a demo account's short password). The skipping
     * overload exists on the engine's implementation only, not on the interface.
     */
    public static void saveSkippingPasswordPolicy(IdentityService identityService, User user) {
        if (identityService instanceof IdentityServiceImpl engineIdentity) {
            engineIdentity.saveUser(user, true);
        } else {
            identityService.saveUser(user);
        }
    }
}
