package th.ita.forms;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import th.ita.shared.CompletionInput;
import th.ita.workflow.UserTaskDefinition;
import th.ita.workflow.UserTaskListeners;

import java.util.Map;

/**
 * Validates the rules of a user task's form ({@code camunda:formRef}) again when the task is completed, whoever
 * completes it: our screens, the REST API or Camunda Tasklist. A broken rule aborts the completion (the whole
 * transaction rolls back) with the same message the form shows. First of the completion listeners: input first.
 */
@Component
@Order(1)
class FormRulesOnCompletion implements UserTaskListeners {

    private final FormValidator validator;

    /** Lazy: the forms are read at run time, not while the engine parses the processes. */
    FormRulesOnCompletion(@Lazy FormValidator validator) {
        this.validator = validator;
    }

    @Override
    public Map<String, TaskListener> listenersFor(UserTaskDefinition userTask) {
        String formId = userTask.formRef();
        if (formId == null) {
            return Map.of();
        }
        // What this completion submitted, not every variable of the process: an earlier round's value must not
        // stand in for a missing one, and a variable nobody names (a JSON object of any type) is never deserialised.
        TaskListener check = task -> validator.requireValid(formId, CompletionInput.of(task));
        return Map.of(TaskListener.EVENTNAME_COMPLETE, check);
    }
}
