package th.ita.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs engine calls as the acting user: the engine then checks its authorizations and records the user in
 * comments and the user operation log (the audit trail).
 */
@Component
public class EngineUser {

    private final IdentityService identityService;

    public EngineUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(CurrentUser user, Supplier<T> work) {
        identityService.setAuthentication(user.userId(), user.groupList());
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * Who is acting in the engine right now (set by {@link #call} or by Camunda's webapps and REST API), or
     * {@link CurrentUser#SYSTEM_ID} when nobody is: a timer or another job.
     */
    public static String actingUserId(ProcessEngineServices engine) {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        return authentication == null ? CurrentUser.SYSTEM_ID : authentication.getUserId();
    }

    public void run(CurrentUser user, Runnable work) {
        call(user, () -> {
            work.run();
            return null;
        });
    }
}
