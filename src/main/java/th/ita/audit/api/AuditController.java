package th.ita.audit.api;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.api.ApiProblemException;
import th.ita.audit.AuditCsv;
import th.ita.audit.AuditFilter;
import th.ita.audit.AuditScope;
import th.ita.audit.MeasureHistoryService;
import th.ita.audit.TimelineEntry;
import th.ita.division.Division;
import th.ita.division.DivisionService;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The audit history of a plan as CSV, for auditors and their spreadsheets. Read-only like the history itself:
 * there is deliberately no write endpoint. Readable by every logged-in account, like {@code /api/plans}.
 */
@RestController
@PermitAll
public class AuditController {

    private final MeasureHistoryService history;
    private final DivisionService divisions;

    private final PlanService plans;
    private final CurrentUserProvider users;

    public AuditController(MeasureHistoryService history, DivisionService divisions, PlanService plans,
                           CurrentUserProvider users) {
        this.plans = plans;
        this.users = users;
        this.history = history;
        this.divisions = divisions;
    }

    @GetMapping("/api/plans/{id}/audit.csv")
    public void planAudit(@PathVariable long id, @RequestParam(required = false) String user,
                          @RequestParam(required = false) String division, @RequestParam(required = false) String action,
                          @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          HttpServletResponse response) throws IOException {
        // Another organisation's plan is "not found", like one that does not exist: ids cannot be probed.
        CurrentUser reader = users.require();
        long organisation = plans.organisationOf(id, reader)
                .orElseThrow(() -> new ApiProblemException(HttpStatus.NOT_FOUND, "plan.error.notFound", String.valueOf(id)));
        AuditFilter filter = new AuditFilter(user, division(organisation, division), kind(action), date(from, "from"),
                date(to, "to"));
        // The organisation was checked just above (and an auditor's read logged): the plan is the scope.
        AuditScope scope = new AuditScope.OfPlan(id);
        response.setContentType(AuditCsv.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("audit-plan-" + id + ".csv").build().toString());
        // Streamed: each row goes to the client as the database returns it, never the whole file in memory.
        history.writeCsv(scope, filter, response.getOutputStream());
    }

    /** An unknown division would silently match nothing; say so instead. */
    private String division(long organisation, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return divisions.find(organisation, code.strip()).map(Division::code).orElseThrow(() ->
                new ApiProblemException(HttpStatus.BAD_REQUEST, "audit.error.division", code));
    }

    private static TimelineEntry.Kind kind(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        try {
            return TimelineEntry.Kind.valueOf(action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, "audit.error.action", action);
        }
    }

    private static LocalDate date(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, "audit.error.date", parameter, text);
        }
    }
}
