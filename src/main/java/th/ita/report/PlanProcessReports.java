package th.ita.report;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import th.ita.plan.YearEndReports;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;

/**
 * The year-end report as the plan process uses it: the service task generates a version at year end, and the
 * executive's sign-off keeps the newest version unchanged. The process generates as the system.
 */
@Component
class PlanProcessReports implements YearEndReports {

    private final YearEndReportService reports;

    PlanProcessReports(YearEndReportService reports) {
        this.reports = reports;
    }

    @Override
    @Transactional
    public void generate(long planId) {
        reports.generate(planId, CurrentUser.system());
    }

    @Override
    @Transactional
    public void signOff(long planId, String signedBy) {
        StoredReport newest = reports.latest(planId).orElseThrow(() -> new UserInputException("report.error.notFound", "-"));
        reports.markSignedOff(planId, newest.version(), signedBy);
    }
}
