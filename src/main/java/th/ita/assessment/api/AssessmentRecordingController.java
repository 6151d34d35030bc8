package th.ita.assessment.api;

import jakarta.annotation.security.PermitAll;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.IndicatorCode;
import th.ita.assessment.Results;
import th.ita.assessment.SavedAssessment;
import th.ita.security.CurrentUserProvider;
import th.ita.shared.FiscalYear;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

/**
 * Results by API, as NACC published them: the coordinator of the organisation or a platform administrator posts one
 * year's overall score, instrument scores and indicator scores. The same service as the entry form, so the same
 * checks (access in the service, the year's framework, scores 0–100 with two decimals), a Thai 400 on bad input and
 * nothing half saved. Values are read as text, so a wrong one is named in the message rather than refused by the parser.
 */
@RestController
@PermitAll
public class AssessmentRecordingController {

    private final AssessmentService service;
    private final CurrentUserProvider users;

    public AssessmentRecordingController(AssessmentService service, CurrentUserProvider users) {
        this.service = service;
        this.users = users;
    }

    /** {@code rating} is optional: the rating as published; without it the year's rule rates the scores. */
    public record ResultJson(String fiscalYear, String overall, String rating, Map<String, String> instrumentScores,
                             Map<String, String> indicators) {
    }

    public record CreatedJson(long id) {
    }

    @PostMapping("/api/organisations/{organisationId}/assessments")
    public ResponseEntity<CreatedJson> record(@PathVariable long organisationId,
                                              @RequestBody(required = false) ResultJson body) {
        if (body == null) {
            throw new UserInputException("error.required", new RequiredText.FieldName("assessment.field.fiscalYear"));
        }
        FiscalYear year = FiscalYear.parse(body.fiscalYear() == null ? "" : body.fiscalYear(), "assessment.field.fiscalYear");
        Map<Integer, String> indicators = new TreeMap<>();
        if (body.indicators() != null) {
            body.indicators().forEach((code, score) -> indicators.put(
                    IndicatorCode.parse(code, "assessment.field.indicator").value(), score));
        }
        Map<String, String> instruments = body.instrumentScores() == null ? Map.of() : body.instrumentScores();
        Results results = Results.parse(body.overall(), body.rating(), instruments, indicators);
        SavedAssessment saved = service.record(organisationId, year, results, users.require());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/assessments/{id}")
                .buildAndExpand(saved.assessmentId()).toUri();
        return ResponseEntity.created(location).body(new CreatedJson(saved.assessmentId()));
    }
}
