package th.ita.workflow.engine;

import th.ita.workflow.Groups;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import th.ita.shared.ForbiddenStepException;

import java.util.ArrayList;

/**
 * Nobody but {@code camunda-admin} writes or removes a variable of a task, an execution or a process instance
 * directly ({@code /engine-rest} {@code .../variables}, {@code .../localVariables}, Tasklist): a user's input reaches
 * the process only as the fields of a step's form, checked on completion. The engine's grants already refuse it
 * (tasks are offered for TASK_WORK only); this holds even if a grant is widened by hand. The application's own
 * calls run with the engine's authorization check off ({@link EngineUser}) and are not concerned.
 */
@Component
class VariableWritesByAdminOnly extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new Guard());
    }

    static final class Guard extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (writesVariables(command) && byUserOtherThanAdmin(Context.getCommandContext())) {
                ForbiddenStepException refusal = new ForbiddenStepException("step.refused.variables");
                throw new ProcessEngineException(refusal.getMessage(), refusal);
            }
            return next.execute(command);
        }

        private static boolean writesVariables(Command<?> command) {
            return command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd
                    || command instanceof AbstractRemoveVariableCmd;
        }

        private static boolean byUserOtherThanAdmin(CommandContext context) {
            Authentication user = context.getAuthentication();
            return context.isAuthorizationCheckEnabled() && user != null && user.getUserId() != null
                    && (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.ADMIN));
        }
    }
}
