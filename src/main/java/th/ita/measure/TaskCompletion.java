package th.ita.measure;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import th.ita.forms.FormRuleRefusal;
import th.ita.security.CurrentUser;
import th.ita.security.EngineUser;

import java.util.Map;

/**
 * Completes a user task as the acting user, the same way for every step of both processes: claim it if nobody
 * has, keep the comment (it is the step's reason or report in the history), complete with the variables. A form
 * rule the server refuses reaches the caller as the user's message. The caller has checked access and input.
 */
@Component
public class TaskCompletion {

    private final TaskService taskService;
    private final EngineUser engineUser;

    public TaskCompletion(TaskService taskService, EngineUser engineUser) {
        this.taskService = taskService;
        this.engineUser = engineUser;
    }

    public void complete(Task task, String comment, Map<String, Object> variables, CurrentUser user) {
        engineUser.run(user, () -> {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), user.userId());
            }
            if (comment != null) {
                taskService.createComment(task.getId(), task.getProcessInstanceId(), comment);
            }
            try {
                taskService.complete(task.getId(), variables);
            } catch (ProcessEngineException e) {
                throw FormRuleRefusal.unwrap(e);
            }
        });
    }
}
