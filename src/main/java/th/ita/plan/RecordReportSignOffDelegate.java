package th.ita.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import th.ita.workflow.EngineUser;

/**
 * ServiceTask_RecordSignOff: the version the executive signed is kept unchanged; later versions never replace it.
 * Only if the executive's sign-off is on record ({@link PlanDecisionOnRecord}).
 */
@Component
class RecordReportSignOffDelegate implements JavaDelegate {

    private final YearEndReports reports;
    private final PlanDecisionOnRecord decision;

    RecordReportSignOffDelegate(YearEndReports reports, PlanDecisionOnRecord decision) {
        this.reports = reports;
        this.decision = decision;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decision.require(execution, PlanProcess.TASK_SIGN_OFF_REPORT, PlanVariables.SIGN);
        reports.signOff(PlanVariables.planId(execution),
                EngineUser.actingUserId(execution.getProcessEngineServices()));
    }
}
