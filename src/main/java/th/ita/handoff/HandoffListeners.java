package th.ita.handoff;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import th.ita.workflow.UserTaskDefinition;
import th.ita.workflow.UserTaskListeners;

import java.util.Map;

/**
 * Puts the hand-off on every user task of every process: when a task is created (or given to someone) its people are
 * told; when an approval step completes, the person whose work it decided on hears the outcome. Inside the engine's
 * transaction, so a step that rolls back tells nobody. After the decision record (order 3): only a completion every
 * rule let through is told.
 */
@Component
@Order(4)
class HandoffListeners implements UserTaskListeners {

    private final Handoffs handoffs;

    /** Lazy: what the hand-off reads is needed at run time, not while the engine parses the processes. */
    HandoffListeners(@Lazy Handoffs handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public Map<String, TaskListener> listenersFor(UserTaskDefinition userTask) {
        TaskListener arrived = handoffs::arrived;
        TaskListener assigned = handoffs::assigned;
        TaskListener decided = handoffs::decided;
        return Map.of(TaskListener.EVENTNAME_CREATE, arrived, TaskListener.EVENTNAME_ASSIGNMENT, assigned,
                TaskListener.EVENTNAME_COMPLETE, decided);
    }
}
