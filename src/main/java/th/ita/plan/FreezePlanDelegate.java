package th.ita.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import th.ita.security.EngineUser;

/** ServiceTask_FreezePlan: the approved plan is frozen and its measures become the call activity's collection. */
@Component
class FreezePlanDelegate implements JavaDelegate {

    private final PlanService planService;

    FreezePlanDelegate(PlanService planService) {
        this.planService = planService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String approver = EngineUser.actingUserId(execution.getProcessEngineServices());
        execution.setVariables(PlanVariables.measures(
                planService.freeze(PlanVariables.planId(execution), approver)));
    }
}
