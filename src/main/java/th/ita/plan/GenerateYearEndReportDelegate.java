package th.ita.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_GenerateReport: a new version of the year-end report, from the outcomes the measures recorded. */
@Component
class GenerateYearEndReportDelegate implements JavaDelegate {

    private final YearEndReports reports;

    GenerateYearEndReportDelegate(YearEndReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.generate(PlanVariables.planId(execution));
    }
}
