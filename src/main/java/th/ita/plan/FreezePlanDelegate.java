package th.ita.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import th.ita.workflow.EngineUser;

/**
 * ServiceTask_FreezePlan: the approved plan is frozen and its measures, with their data, become the call activity's collection, only if
 * the executive's approval is on record ({@link PlanDecisionOnRecord}).
 */
@Component
class FreezePlanDelegate implements JavaDelegate {

    private final PlanService planService;
    private final PlanDecisionOnRecord decision;

    FreezePlanDelegate(PlanService planService, PlanDecisionOnRecord decision) {
        this.planService = planService;
        this.decision = decision;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decision.require(execution, PlanProcess.TASK_APPROVE_PLAN, PlanVariables.APPROVE);
        String approver = EngineUser.actingUserId(execution.getProcessEngineServices());
        execution.setVariables(PlanVariables.measures(planService.freeze(PlanVariables.planId(execution), approver)));
    }
}
