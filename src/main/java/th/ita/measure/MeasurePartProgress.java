package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each division's progress in its outcome row as the part moves (officer's work, head's review, accepted),
 * so a measure closed at year end keeps how far each division got.
 */
@Component
class MeasurePartProgress implements TaskListener, ExecutionListener {

    private final PartOutcomeRepository outcomes;

    MeasurePartProgress(PartOutcomeRepository outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void notify(DelegateTask task) {
        PartOutcome.Progress progress = ImprovementMeasureProcess.TASK_HEAD_REVIEW.equals(task.getTaskDefinitionKey())
                ? PartOutcome.Progress.IN_REVIEW : PartOutcome.Progress.IN_WORK;
        outcomes.progress(task.getProcessInstanceId(), MeasureVariables.division(task), progress);
    }

    /** At EndEvent_DivisionPartAccepted. */
    @Override
    public void notify(DelegateExecution execution) {
        outcomes.progress(execution.getProcessInstanceId(), MeasureVariables.division(execution),
                PartOutcome.Progress.ACCEPTED);
    }
}
