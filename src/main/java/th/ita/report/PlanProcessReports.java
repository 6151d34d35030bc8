package th.ita.report;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import th.ita.decision.CoveredEvidence;
import th.ita.plan.YearEndReports;
import th.ita.shared.UserInputException;

import java.util.List;

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
        reports.generateForProcess(planId);
    }

    @Override
    @Transactional
    public void signOff(long planId, String signedBy) {
        StoredReport newest = reports.latest(planId).orElseThrow(() -> new UserInputException("report.error.notFound", "-"));
        reports.markSignedOff(planId, newest.version(), signedBy);
    }

    /** The newest version's two files, named as the report page offers them for download. */
    @Override
    @Transactional(readOnly = true)
    public List<CoveredEvidence> versionToSign(long planId) {
        return reports.latest(planId).map(v -> List.of(
                new CoveredEvidence(planId + "/" + v.version() + "/docx", CoveredEvidence.REPORT_DOCX,
                        "report-v" + v.version() + ".docx", v.docxSha256()),
                new CoveredEvidence(planId + "/" + v.version() + "/pdf", CoveredEvidence.REPORT_PDF,
                        "report-v" + v.version() + ".pdf", v.pdfSha256())))
                .orElse(List.of());
    }
}
