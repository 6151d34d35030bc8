package th.ita.measure;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import th.ita.workflow.UserTaskDefinition;
import th.ita.workflow.UserTaskListeners;

import java.util.Map;

/**
 * Puts {@link StepRules} on every user task as assignment and completion listeners: the BPMN files stay free of
 * security plumbing, and no process can be deployed without the gates. After the form rules, before the decision
 * record.
 */
@Component
@Order(2)
class StepGuards implements UserTaskListeners {

    private final StepRules rules;

    /** Lazy: the rules read the database at run time, not while the engine parses the processes. */
    StepGuards(@Lazy StepRules rules) {
        this.rules = rules;
    }

    @Override
    public Map<String, TaskListener> listenersFor(UserTaskDefinition userTask) {
        TaskListener onAssignment = rules::onAssignment;
        TaskListener onComplete = rules::onComplete;
        return Map.of(TaskListener.EVENTNAME_ASSIGNMENT, onAssignment, TaskListener.EVENTNAME_COMPLETE, onComplete);
    }
}
