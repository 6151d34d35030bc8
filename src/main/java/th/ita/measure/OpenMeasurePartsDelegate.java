package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import th.ita.workflow.Tenants;
import th.ita.division.Division;
import th.ita.division.DivisionService;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ServiceTask_OpenMeasureParts: one open outcome row per responsible division (read by the report and the
 * dashboard), and the divisions as options for the forms' division selects.
 */
@Component
class OpenMeasurePartsDelegate implements JavaDelegate {

    private final PartOutcomeRepository outcomes;
    private final DivisionService divisionService;
    private final ApplicationEventPublisher events;

    OpenMeasurePartsDelegate(PartOutcomeRepository outcomes, DivisionService divisionService,
                             ApplicationEventPublisher events) {
        this.outcomes = outcomes;
        this.divisionService = divisionService;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = MeasureVariables.openingInput(execution);
        long organisation = Tenants.requireOrganisation(execution.getTenantId());
        outcomes.open(organisation, execution.getProcessInstanceId(), MeasureVariables.divisions(variables),
                MeasureVariables.planId(variables), MeasureVariables.planMeasureId(variables));
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : MeasureVariables.divisions(variables)) {
            names.put(code, divisionService.find(organisation, code).map(Division::nameTh).orElse(code));
        }
        execution.setVariables(MeasureVariables.divisionOptions(names));
        events.publishEvent(new MeasureOpened(execution.getProcessInstanceId(), MeasureVariables.planMeasureId(variables)));
    }
}
