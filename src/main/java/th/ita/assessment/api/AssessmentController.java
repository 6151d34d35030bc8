package th.ita.assessment.api;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.ita.api.ApiProblemException;
import th.ita.assessment.Assessment;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.AssessmentSummary;
import th.ita.assessment.IndicatorResult;
import th.ita.assessment.Rating;
import th.ita.assessment.Score;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only JSON of ITA results for other systems (HTTP Basic, see {@code SecurityConfig}): the caller's own
 * organisation's; another organisation's assessment is 404, like a missing one.
 */
@RestController
@RequestMapping("/api/assessments")
@RolesAllowed({Groups.COORDINATOR, Groups.EXECUTIVE, Groups.ADMIN})
public class AssessmentController {

    private final AssessmentService service;
    private final CurrentUserProvider users;

    public AssessmentController(AssessmentService service, CurrentUserProvider users) {
        this.service = service;
        this.users = users;
    }

    /** {@code grade} is the rating's code, kept for callers written before ratings were the year's own rule. */
    public record AssessmentJson(long id, String organisation, int fiscalYear, BigDecimal overallScore, String grade,
                                 RatingJson rating) {
    }

    /** A rating by its own year's rule: {@code AA}…{@code F}, or {@code EXCELLENT}, {@code GOOD}, {@code PASS} … */
    public record RatingJson(String code, String nameTh, String nameEn) {
    }

    public record IndicatorJson(int code, String instrument, String nameTh, BigDecimal score, Boolean passed) {
    }

    /** {@code instrumentScores}: code → score as published (or computed, then listed in {@code computedScores}). */
    public record AssessmentDetailJson(long id, String organisation, int fiscalYear, BigDecimal overallScore,
                                       String grade, RatingJson rating, Map<String, BigDecimal> instrumentScores,
                                       List<String> computedScores, List<IndicatorJson> indicators) {
    }

    @GetMapping
    public List<AssessmentJson> list() {
        return service.list(users.require()).stream().map(AssessmentController::json).toList();
    }

    @GetMapping("/{id}")
    public AssessmentDetailJson get(@PathVariable long id) {
        Assessment assessment = service.find(id, users.require()).orElseThrow(() ->
                new ApiProblemException(HttpStatus.NOT_FOUND, "assessment.error.notFound", String.valueOf(id)));
        AssessmentJson head = json(assessment.summary());
        Map<String, BigDecimal> instruments = new LinkedHashMap<>();
        List<String> computed = new ArrayList<>();
        if (assessment.overallComputed()) {
            computed.add("overall");
        }
        assessment.instrumentScores().forEach(s -> {
            instruments.put(s.code(), s.score().value());
            if (s.computed()) {
                computed.add(s.code());
            }
        });
        return new AssessmentDetailJson(head.id(), head.organisation(), head.fiscalYear(), head.overallScore(), head.grade(),
                head.rating(), instruments, computed, assessment.indicators().stream().map(AssessmentController::json).toList());
    }

    private static AssessmentJson json(AssessmentSummary a) {
        return new AssessmentJson(a.id(), a.organisationNameTh(), a.fiscalYear().buddhistYear(), value(a.overallScore()),
                a.rating() == null ? null : a.rating().code(), json(a.rating()));
    }

    private static RatingJson json(Rating rating) {
        return rating == null ? null : new RatingJson(rating.code(), rating.nameTh(), rating.nameEn());
    }

    private static IndicatorJson json(IndicatorResult r) {
        return new IndicatorJson(r.code().value(), r.indicator().instrument(), r.indicator().nameTh(), value(r.score()),
                r.passed());
    }

    private static BigDecimal value(Score score) {
        return score == null ? null : score.value();
    }
}
