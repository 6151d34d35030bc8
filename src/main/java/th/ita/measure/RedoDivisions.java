package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the send-back flows: sets which divisions the multi-instance part runs for next, so only the divisions sent
 * back redo their work while the others keep theirs. Works the same whether the decision came from our screens
 * or from Camunda Tasklist (which sets only the form's variables).
 */
@Component
class RedoDivisions implements ExecutionListener {

    private final PartOutcomeRepository outcomes;

    RedoDivisions(PartOutcomeRepository outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void notify(DelegateExecution execution) {
        boolean byExecutive = ImprovementMeasureProcess.FLOW_EXECUTIVE_RETURNED_TO_DIVISIONS
                .equals(execution.getCurrentTransitionId());
        var divisions = MeasureVariables.divisionsToRedo(MeasureVariables.redoInput(execution), byExecutive);
        execution.setVariables(MeasureVariables.toWork(divisions));
        divisions.forEach(division ->
                outcomes.progress(execution.getProcessInstanceId(), division, PartOutcome.Progress.IN_WORK));
    }
}
