package th.ita.decision;

import org.camunda.bpm.engine.delegate.DelegateTask;

import java.util.Optional;

/**
 * Implemented by each feature whose process has approval steps (the measure, the plan): it says whether a task
 * being completed is one of its approval steps and, if so, what was decided on which evidence. The decision
 * capability records it; it knows no process variable names itself.
 */
public interface DecidingSteps {

    /** Empty when the task is not one of this feature's approval steps. */
    Optional<StepDecision> decisionAt(DelegateTask task);
}
