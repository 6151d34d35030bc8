package th.ita.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import th.ita.decision.DecidingSteps;
import th.ita.decision.StepDecision;

import java.util.List;
import java.util.Optional;

/**
 * The plan's approval steps, for the decision records: the executive's plan approval (no evidence items: the plan
 * is frozen as approved by the next step) and the report sign-off, which covers the stored report version being
 * signed (its DOCX and PDF SHA-256).
 */
@Component
class PlanDecisionSteps implements DecidingSteps {

    private final YearEndReports reports;

    PlanDecisionSteps(YearEndReports reports) {
        this.reports = reports;
    }

    @Override
    public Optional<StepDecision> decisionAt(DelegateTask task) {
        return switch (task.getTaskDefinitionKey()) {
            case PlanProcess.TASK_APPROVE_PLAN -> Optional.of(new StepDecision(
                    (String) task.getVariable(PlanVariables.PLAN_DECISION),
                    (String) task.getVariable(PlanVariables.PLAN_REASON), null, List.of()));
            case PlanProcess.TASK_SIGN_OFF_REPORT -> Optional.of(new StepDecision(
                    (String) task.getVariable(PlanVariables.SIGN_OFF_DECISION),
                    (String) task.getVariable(PlanVariables.SIGN_OFF_REASON), null,
                    reports.versionToSign(PlanVariables.planId(task))));
            default -> Optional.empty();
        };
    }
}
