package th.ita.report.api;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.ita.api.ApiProblemException;
import th.ita.plan.PlanService;
import th.ita.report.ReportFormat;
import th.ita.report.ReportOptions;
import th.ita.report.YearEndReportService;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;

/**
 * The year-end report of a plan as it stands now (HTTP Basic like the rest of {@code /api}). Only the ITA
 * coordinator and the executives: the report is what the organisation publishes, drafts included.
 * {@code ?digits=arabic} prints 0–9 instead of the Thai digits of the seed report.
 */
@RestController
@RolesAllowed({Groups.COORDINATOR, Groups.EXECUTIVE, Groups.PROVINCE_AUDITOR})
public class ReportController {

    private final YearEndReportService reports;
    private final PlanService plans;
    private final CurrentUserProvider users;

    public ReportController(YearEndReportService reports, PlanService plans, CurrentUserProvider users) {
        this.reports = reports;
        this.plans = plans;
        this.users = users;
    }

    @GetMapping("/api/plans/{id}/report.docx")
    public ResponseEntity<byte[]> docx(@PathVariable long id, @RequestParam(required = false) String digits) {
        return report(id, ReportFormat.DOCX, digits);
    }

    @GetMapping("/api/plans/{id}/report.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String digits) {
        return report(id, ReportFormat.PDF, digits);
    }

    private ResponseEntity<byte[]> report(long planId, ReportFormat format, String digits) {
        // Another organisation's plan is 404, like a missing one.
        if (plans.organisationOf(planId, users.require()).isEmpty()) {
            throw new ApiProblemException(HttpStatus.NOT_FOUND, "plan.error.notFound", String.valueOf(planId));
        }
        byte[] body = reports.current(planId, format, users.require(), options(digits));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(format.fileName(planId, null)).build().toString())
                .body(body);
    }

    private static ReportOptions options(String digits) {
        return "arabic".equalsIgnoreCase(digits) ? ReportOptions.ARABIC_DIGITS : ReportOptions.THAI_DIGITS;
    }
}
