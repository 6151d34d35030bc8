package th.ita.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import th.ita.decision.DecidingSteps;
import th.ita.decision.StepDecision;
import th.ita.shared.CompletionInput;

import java.util.List;
import java.util.Optional;

/**
 * The plan's approval steps, for the decision records: the executive's plan approval (no evidence items: the plan
 * is frozen as approved by the next step) and the report sign-off, which covers the stored report version being
 * signed (its DOCX and PDF SHA-256). Decision and reason are what this completion submitted ({@link CompletionInput}).
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
                    (String) CompletionInput.value(task, PlanVariables.PLAN_DECISION),
                    (String) CompletionInput.value(task, PlanVariables.PLAN_REASON), null, List.of()));
            case PlanProcess.TASK_SIGN_OFF_REPORT -> Optional.of(new StepDecision(
                    (String) CompletionInput.value(task, PlanVariables.SIGN_OFF_DECISION),
                    (String) CompletionInput.value(task, PlanVariables.SIGN_OFF_REASON), null,
                    reports.versionToSign(PlanVariables.planId(task))));
            default -> Optional.empty();
        };
    }
}
