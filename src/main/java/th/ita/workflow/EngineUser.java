package th.ita.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import th.ita.shared.UserInputException;

import java.util.function.Supplier;

/**
 * Runs the engine calls of one user action, after our service has checked that the user may take it.
 * <p>
 * The engine records the user in comments and in the user operation log (the audit trail), but does not check its
 * own authorizations for these calls: the rules of the access table (docs/ACCESS.md) are the application's, and a
 * service applies them before it gets here. That is what lets the engine's grants stay least privilege — nobody
 * but {@code camunda-admin} may correlate messages, start or modify instances through {@code /engine-rest} — while
 * a coordinator can still withdraw a measure on our screen. The step guards (task listeners) still run, whatever
 * door the call came through.
 */
@Component
public class EngineUser {

    private final IdentityService identityService;
    private final ProcessEngine engine;

    public EngineUser(IdentityService identityService, ProcessEngine engine) {
        this.identityService = identityService;
        this.engine = engine;
    }

    public <T> T call(EngineActor user, Supplier<T> work) {
        // With the user's tenant, so that the engine's tenant check still keeps the action within their organisation.
        identityService.setAuthentication(user.userId(), user.groupList(), user.tenantIds());
        try {
            // One command context for the whole action: the engine calls inside reuse it, so the disabled
            // authorization check applies to them and to nothing else.
            var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
                commandContext.disableAuthorizationCheck();
                try {
                    return work.get();
                } catch (RuntimeException refusedOrFailed) {
                    // A step guard or form rule inside a listener: the user's message, not the engine's wrapper.
                    throw UserInputException.unwrap(refusedOrFailed);
                } finally {
                    commandContext.enableAuthorizationCheck();
                }
            });
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * Who is acting in the engine right now (set by {@link #call} or by Camunda's webapps and REST API), or
     * {@link EngineActor#SYSTEM_ID} when nobody is: a timer or another job.
     */
    public static String actingUserId(ProcessEngineServices engine) {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        return authentication == null ? EngineActor.SYSTEM_ID : authentication.getUserId();
    }

    public void run(EngineActor user, Runnable work) {
        call(user, () -> {
            work.run();
            return null;
        });
    }
}
