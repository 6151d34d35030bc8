package th.ita.assessment.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import th.ita.api.ApiProblemException;
import th.ita.assessment.FrameworkAdmin;
import th.ita.assessment.FrameworkCheck;
import th.ita.assessment.FrameworkProblem;
import th.ita.assessment.FrameworkService;
import th.ita.assessment.FrameworkSummary;
import th.ita.assessment.InvalidFrameworkException;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.shared.FiscalYear;
import th.ita.shared.I18n;

import java.util.List;
import java.util.Locale;

/**
 * The ITA frameworks over HTTP: anyone signed in reads them; a platform administrator loads or corrects a year's
 * with the framework file as the body ({@code PUT}, {@code application/yaml}). A bad file is a 400 whose
 * {@code problems} list each problem by path, in the caller's language; nothing is saved.
 */
@RestController
@PermitAll
public class FrameworkController {

    private final FrameworkService frameworks;
    private final FrameworkAdmin admin;
    private final CurrentUserProvider users;
    private final I18n i18n;

    public FrameworkController(FrameworkService frameworks, FrameworkAdmin admin, CurrentUserProvider users, I18n i18n) {
        this.frameworks = frameworks;
        this.admin = admin;
        this.users = users;
        this.i18n = i18n;
    }

    public record SavedJson(int fiscalYear, int version, FrameworkCheck.Outcome outcome) {
    }

    public record ProblemJson(String path, String message) {
    }

    @GetMapping("/api/frameworks")
    public List<FrameworkSummary> list() {
        users.require();
        return frameworks.list();
    }

    @GetMapping("/api/frameworks/{fiscalYear}")
    public ObjectNode get(@PathVariable int fiscalYear) {
        users.require();
        FiscalYear year = FiscalYear.of(fiscalYear);
        return frameworks.json(year).orElseThrow(() ->
                new ApiProblemException(HttpStatus.NOT_FOUND, "assessment.error.noFramework", year.toString()));
    }

    /** The year's file as it was saved: the start of a correction or of next year's file. */
    @GetMapping(path = "/api/frameworks/{fiscalYear}/file", produces = "application/yaml;charset=UTF-8")
    public String file(@PathVariable int fiscalYear) {
        users.require();
        FiscalYear year = FiscalYear.of(fiscalYear);
        return frameworks.source(year).orElseThrow(() ->
                new ApiProblemException(HttpStatus.NOT_FOUND, "assessment.error.noFramework", year.toString()));
    }

    /** The body is the file's bytes, read exactly as an uploaded file; YAML goes by several media types. */
    @PutMapping(path = "/api/frameworks/{fiscalYear}", consumes = {"application/yaml", "application/x-yaml",
            "text/yaml", "text/x-yaml"})
    public SavedJson put(@PathVariable int fiscalYear, @RequestBody(required = false) byte[] file) {
        CurrentUser user = users.require();
        // Before the file is read: who may not load frameworks learns nothing from it, not even that it is bad.
        if (!user.isPlatformAdmin()) {
            throw new AccessDeniedException(user.userId() + " is not a platform administrator");
        }
        FrameworkCheck saved = admin.save(FiscalYear.of(fiscalYear), FrameworkAdmin.text(file), user);
        return new SavedJson(fiscalYear, saved.version(), saved.outcome());
    }

    @ExceptionHandler(InvalidFrameworkException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidFrameworkException e, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                i18n.getTranslation(e.messageKey(), locale, e.arguments()));
        detail.setProperty("messageKey", e.messageKey());
        detail.setProperty("problems", e.problems().stream().map(p -> json(p, locale)).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }

    private ProblemJson json(FrameworkProblem problem, Locale locale) {
        String message = i18n.getTranslation(problem.messageKey(), locale, problem.argumentArray());
        return new ProblemJson(problem.path(), problem.path().isEmpty() ? message : problem.path() + ": " + message);
    }

    /** Thai unless the caller asks for English, as every other problem of the API. */
    private static Locale locale(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return header != null && header.strip().toLowerCase(Locale.ROOT).startsWith("en") ? I18n.ENGLISH : I18n.THAI;
    }
}
