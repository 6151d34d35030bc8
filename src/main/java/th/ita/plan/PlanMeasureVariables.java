package th.ita.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import th.ita.measure.MeasureVariables;

/**
 * CallActivity_Measures: gives each {@code improvement-measure} instance the variables of its plan measure
 * (title, divisions, due date, plan and measure ids). Nothing flows back: outcomes are recorded by the measure.
 */
@Component
class PlanMeasureVariables implements DelegateVariableMapping {

    private final PlanReader reader;

    PlanMeasureVariables(PlanReader reader) {
        this.reader = reader;
    }

    @Override
    public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
        long planId = PlanVariables.planId(superExecution);
        long measureId = PlanVariables.planMeasureId(superExecution);
        Plan plan = reader.read(planId).orElseThrow();
        PlanMeasure measure = plan.measures().stream().filter(m -> m.id() == measureId).findFirst().orElseThrow();
        subVariables.putAll(MeasureVariables.start(measure.text(), measure.divisions(), plan.approvedBy()));
        subVariables.putAll(MeasureVariables.fromPlan(planId, measureId, measure.dueDate()));
    }

    @Override
    public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
        // The measure's outcome is in measure_part_outcome; the plan process needs nothing back.
    }
}
