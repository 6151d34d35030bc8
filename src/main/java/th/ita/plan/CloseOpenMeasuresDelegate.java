package th.ita.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import th.ita.measure.MeasureService;

/**
 * ServiceTask_CloseOpenMeasures: at the end of the fiscal year (timer, or the coordinator's "close the year"),
 * every measure still running ends as not done, keeping its progress. The year is marked closed first, because
 * the last measure ending completes the call activity in this same transaction and the plan moves on.
 */
@Component
class CloseOpenMeasuresDelegate implements JavaDelegate {

    private final PlanReader reader;
    private final MeasureService measureService;

    CloseOpenMeasuresDelegate(PlanReader reader, MeasureService measureService) {
        this.reader = reader;
        this.measureService = measureService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(PlanVariables.closed());
        long planId = PlanVariables.planId(execution);
        reader.read(planId).orElseThrow().measures().stream()
                .map(PlanMeasure::processInstanceId)
                .filter(java.util.Objects::nonNull)
                .forEach(measureService::closeAtYearEnd);
    }
}
