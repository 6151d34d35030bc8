package th.ita.workflow;

import java.util.List;

/**
 * Who acts in the engine, as far as the engine needs to know: a user id, the groups the engine checks candidate
 * steps and grants against, and the tenants (organisations) the action stays within. The signed-in user
 * ({@code th.ita.security.CurrentUser}) is one; the door does not depend on how the application models its users.
 */
public interface EngineActor {

    /** The engine's user id of whoever acts when no person does: a timer, another job, the application itself. */
    String SYSTEM_ID = "system";

    String userId();

    List<String> groupList();

    List<String> tenantIds();

    boolean isMemberOf(String groupId);
}
