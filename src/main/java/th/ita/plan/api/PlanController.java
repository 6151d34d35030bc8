package th.ita.plan.api;

import jakarta.annotation.security.PermitAll;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.ita.api.ApiProblemException;
import th.ita.api.ApiProblems;
import th.ita.shared.I18n;
import th.ita.plan.Plan;
import th.ita.plan.PlanExporter;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanService;
import th.ita.plan.PlanSummary;
import th.ita.security.CurrentUserProvider;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Read-only JSON of the improvement plans for other systems (HTTP Basic, see {@code SecurityConfig}).
 * Every logged-in account may read its own organisation's plans (they are what each division works on), a province
 * auditor those of the province; another organisation's plan is 404, like a missing one.
 */
@RestController
@RequestMapping("/api/plans")
@PermitAll
public class PlanController {

    private static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

    private final PlanService service;
    private final PlanExporter exporter;
    private final CurrentUserProvider users;
    private final I18n i18n;

    public PlanController(PlanService service, PlanExporter exporter, CurrentUserProvider users, I18n i18n) {
        this.service = service;
        this.exporter = exporter;
        this.users = users;
        this.i18n = i18n;
    }

    public record PlanJson(long id, String organisation, int fiscalYear, String status) {
    }

    /** {@code instrument} is the first report table the measure appears in; {@code instruments} lists all. */
    public record MeasureJson(long id, String instrument, List<String> instruments, List<Integer> indicators,
                              String text, List<String> divisions, LocalDate dueDate, String status) {
    }

    /** {@code status} HISTORY: a past year recorded with its outcomes (measure status DONE / ENDED_NOT_DONE). */
    public record PlanDetailJson(long id, String organisation, int fiscalYear, String status, List<MeasureJson> measures,
                                 List<String> warnings) {
    }

    @GetMapping
    public List<PlanJson> list() {
        return service.list(users.require()).stream().map(PlanController::json).toList();
    }

    @GetMapping("/{id}")
    public PlanDetailJson get(@PathVariable long id) {
        Plan plan = service.find(id, users.require()).orElseThrow(() ->
                new ApiProblemException(HttpStatus.NOT_FOUND, "plan.error.notFound", String.valueOf(id)));
        return new PlanDetailJson(plan.id(), plan.organisation(), plan.fiscalYear().buddhistYear(), plan.status().name(),
                plan.measures().stream().map(PlanController::json).toList(), service.warnings(plan).stream()
                .map(w -> i18n.getTranslation(w.messageKey(), locale(), w.argumentArray())).toList());
    }

    /**
     * The plan in the import format ({@code POST /api/organisations/{id}/plans}, the import screen): change its
     * {@code fiscalYear} and import it to start that year's draft from this plan. Read like {@link #get}.
     */
    @GetMapping("/{id}/plan.yaml")
    public ResponseEntity<byte[]> yaml(@PathVariable long id) {
        var user = users.require();
        Plan plan = service.find(id, user).orElseThrow(() ->
                new ApiProblemException(HttpStatus.NOT_FOUND, "plan.error.notFound", String.valueOf(id)));
        byte[] file = exporter.yaml(plan);
        return ResponseEntity.ok().contentType(YAML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(PlanExporter.fileName(plan.fiscalYear().buddhistYear())).build().toString())
                .body(file);
    }

    /** The caller's language as for problem details; Thai outside a request (a test calling the controller). */
    private static java.util.Locale locale() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                ? ApiProblems.locale(attributes.getRequest()) : I18n.THAI;
    }

    private static PlanJson json(PlanSummary plan) {
        return new PlanJson(plan.id(), plan.organisation(), plan.fiscalYear().buddhistYear(), plan.status().name());
    }

    private static MeasureJson json(PlanMeasure m) {
        return new MeasureJson(m.id(), m.instruments().isEmpty() ? null : m.instruments().get(0), m.instruments(),
                m.indicators(), m.text(), m.divisions(), m.dueDate(), m.status().name());
    }
}
