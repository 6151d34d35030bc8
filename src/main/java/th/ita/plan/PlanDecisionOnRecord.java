package th.ita.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import th.ita.decision.DecisionNotOnRecordException;
import th.ita.decision.Decisions;
import th.ita.workflow.Groups;

/**
 * Before the plan process acts on an executive decision (freeze the approved plan, keep the signed report): the
 * latest decision of that step must be the executive's approving value. Reaching the service task any other way
 * (a process-instance modification) throws, and the engine rolls the step back.
 */
@Component
class PlanDecisionOnRecord {

    private final Decisions decisions;

    PlanDecisionOnRecord(Decisions decisions) {
        this.decisions = decisions;
    }

    void require(DelegateExecution execution, String step, String approvingValue) {
        String pi = execution.getProcessInstanceId();
        decisions.latestOf(pi, step)
                .filter(r -> approvingValue.equals(r.decision()))
                .filter(r -> Groups.EXECUTIVE.equals(r.role()))
                .orElseThrow(() -> new DecisionNotOnRecordException(pi,
                        "the latest decision of " + step + " must be an executive " + approvingValue));
    }
}
