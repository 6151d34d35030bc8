package th.ita.decision;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import th.ita.workflow.UserTaskDefinition;
import th.ita.workflow.UserTaskListeners;

import java.util.Map;

/**
 * Records approval decisions from inside the engine, on every user task's {@code complete}, so a completion
 * through our screens, {@code /engine-rest} or Camunda Tasklist writes the same record in the same transaction.
 * Which tasks are approval steps is asked at run time of the features that own them ({@link DecidingSteps}).
 * Last of the completion listeners: only a completion every rule let through is recorded.
 */
@Component
@Order(3)
class DecisionRecordingOnCompletion implements UserTaskListeners {

    private final DecisionRecorder recorder;

    /** Lazy: the recorder (and what it reads) is needed at run time, not while the engine parses the processes. */
    DecisionRecordingOnCompletion(@Lazy DecisionRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Map<String, TaskListener> listenersFor(UserTaskDefinition userTask) {
        TaskListener record = recorder::onComplete;
        return Map.of(TaskListener.EVENTNAME_COMPLETE, record);
    }
}
