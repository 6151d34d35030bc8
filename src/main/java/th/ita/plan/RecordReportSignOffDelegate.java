package th.ita.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import th.ita.security.EngineUser;

/** ServiceTask_RecordSignOff: the version the executive signed is kept unchanged; later versions never replace it. */
@Component
class RecordReportSignOffDelegate implements JavaDelegate {

    private final YearEndReports reports;

    RecordReportSignOffDelegate(YearEndReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.signOff(PlanVariables.planId(execution),
                EngineUser.actingUserId(execution.getProcessEngineServices()));
    }
}
