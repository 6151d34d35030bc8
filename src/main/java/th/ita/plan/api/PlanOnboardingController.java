package th.ita.plan.api;

import jakarta.annotation.security.PermitAll;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import jakarta.servlet.http.HttpServletRequest;
import th.ita.api.ApiProblems;
import th.ita.api.NotFound;
import th.ita.plan.PlanImporter;
import th.ita.plan.PlanService;
import th.ita.shared.I18n;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * A plan's way to approval for scripts: the coordinator posts the plan file (the YAML of the import screen) as a
 * draft of their organisation and submits it; the executive approves it. The same services as the screens, so the
 * same checks: roles, the plan's organisation, its state. Each call is one transaction. A past year's plan is posted
 * with {@code ?history=true} (or {@code history: true} in the file): recorded with its outcomes, nothing to approve.
 */
@RestController
@PermitAll
public class PlanOnboardingController {

    private static final Set<String> PLAN_GONE = Set.of("plan.error.notFound");

    private final PlanImporter importer;
    private final PlanService plans;
    private final CurrentUserProvider users;
    private final I18n i18n;

    public PlanOnboardingController(PlanImporter importer, PlanService plans, CurrentUserProvider users, I18n i18n) {
        this.importer = importer;
        this.plans = plans;
        this.users = users;
        this.i18n = i18n;
    }

    /** {@code warnings}: what to look at before submitting (e.g. a year already over), in the caller's language. */
    public record CreatedJson(long id, String status, List<String> warnings) {
    }

    public record NoteJson(String note) {
    }

    /** The body is the file's bytes, read exactly as an uploaded file; YAML goes by several media types. */
    @PostMapping(path = "/api/organisations/{organisationId}/plans", consumes = {"application/yaml",
            "application/x-yaml", "text/yaml", "text/x-yaml"})
    public ResponseEntity<CreatedJson> importPlan(@PathVariable long organisationId,
                                                  @RequestParam(defaultValue = "false") boolean history,
                                                  @RequestBody(required = false) byte[] file,
                                                  HttpServletRequest request) {
        CurrentUser user = users.require();
        // Before the file is read: another organisation's people learn nothing from it, not even that it is bad.
        if (!user.isCoordinator() || !user.belongsTo(organisationId)) {
            throw new AccessDeniedException(user.userId() + " is not a coordinator of organisation " + organisationId);
        }
        long id = importer.importPlan(file, organisationId,
                history ? PlanImporter.Options.HISTORY : PlanImporter.Options.DRAFT, user);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/plans/{id}")
                .buildAndExpand(id).toUri();
        var plan = plans.find(id, user).orElseThrow();
        List<String> warnings = plans.warnings(plan).stream()
                .map(w -> i18n.getTranslation(w.messageKey(), ApiProblems.locale(request), w.argumentArray())).toList();
        return ResponseEntity.created(location).body(new CreatedJson(id, plan.status().name(), warnings));
    }

    @PostMapping("/api/plans/{id}/submit")
    public ResponseEntity<Void> submit(@PathVariable long id, @RequestBody(required = false) NoteJson body) {
        CurrentUser user = users.require();
        NotFound.run(PLAN_GONE, () -> plans.submitForApproval(id, body == null ? null : body.note(), user));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/plans/{id}/approve")
    public ResponseEntity<Void> approve(@PathVariable long id) {
        CurrentUser user = users.require();
        NotFound.run(PLAN_GONE, () -> plans.approve(id, user));
        return ResponseEntity.noContent().build();
    }
}
