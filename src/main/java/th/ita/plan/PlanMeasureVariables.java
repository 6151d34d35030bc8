package th.ita.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import th.ita.measure.MeasureVariables;

/**
 * CallActivity_Measures: gives each {@code improvement-measure} instance the variables of its plan measure
 * (title, divisions, due date, plan and measure ids) from its element of the collection, without reading the plan
 * again. Nothing flows back: outcomes are recorded by the measure. Public because the BPMN's business-key
 * expression calls it.
 */
@Component
public class PlanMeasureVariables implements DelegateVariableMapping {

    private final PlanReader reader;

    PlanMeasureVariables(PlanReader reader) {
        this.reader = reader;
    }

    @Override
    public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
        MeasureToStart measure = PlanVariables.legacyElement(superExecution) ? fromPlan(superExecution)
                : PlanVariables.measureToStart(superExecution);
        subVariables.putAll(MeasureVariables.start(measure.title(), measure.divisions(), measure.startedBy()));
        subVariables.putAll(MeasureVariables.fromPlan(PlanVariables.planId(superExecution), measure.planMeasureId(),
                measure.dueDate()));
    }

    @Override
    public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
        // The measure's outcome is in measure_part_outcome; the plan process needs nothing back.
    }

    /** A plan on an older definition (drafted before this version): its element is the id, the rest is read. */
    private MeasureToStart fromPlan(DelegateExecution superExecution) {
        long measureId = PlanVariables.legacyPlanMeasureId(superExecution);
        Plan plan = reader.read(PlanVariables.planId(superExecution)).orElseThrow();
        PlanMeasure measure = plan.measures().stream().filter(m -> m.id() == measureId).findFirst().orElseThrow();
        return MeasureToStart.of(measure, plan.approvedBy());
    }

    /** {@code plan-<plan id>-measure-<plan measure id>}, the measure process's business key. */
    public String businessKey(VariableScope superExecution) {
        return PlanProcess.businessKey(PlanVariables.planId(superExecution)) + "-measure-"
                + PlanVariables.measureToStart(superExecution).planMeasureId();
    }
}
