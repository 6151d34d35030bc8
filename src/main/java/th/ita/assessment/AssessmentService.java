package th.ita.assessment;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.organisation.OrganisationService;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published ITA results: entered by form or imported from a file by the ITA coordinator, read by everyone
 * who plans improvements. Which indicators fail is derived from the year's pass mark, never stored.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    private final AssessmentRepository repository;
    private final FrameworkService frameworks;
    private final OrganisationService organisations;
    private final ResultFileReader fileReader;
    private final Clock clock;

    public AssessmentService(AssessmentRepository repository, FrameworkService frameworks,
                             OrganisationService organisations, ResultFileReader fileReader, Clock clock) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.fileReader = fileReader;
        this.clock = clock;
    }

    /** Creates or replaces the results of the organisation for the year; coordinator only. */
    @Transactional
    public SavedAssessment save(long organisationId, FiscalYear fiscalYear, Results results, CurrentUser user) {
        requireCoordinator(user);
        return store(organisationId, fiscalYear, results, user.userId());
    }

    /**
     * Imports results from a CSV or XLSX file (format: {@link ResultFileReader}); all or nothing: any bad row
     * and nothing is saved. Coordinator only.
     */
    @Transactional
    public SavedAssessment importFile(long organisationId, FiscalYear fiscalYear, String fileName, byte[] content,
                                      CurrentUser user) {
        requireCoordinator(user);
        Framework framework = frameworks.require(fiscalYear);
        requireOrganisation(organisationId);
        Results results = fileReader.read(fileName, content, framework);
        return store(organisationId, fiscalYear, results, user.userId());
    }

    /** Also used by the demo data, which has no logged-in user. */
    @Transactional
    SavedAssessment store(long organisationId, FiscalYear fiscalYear, Results results, String recordedBy) {
        Framework framework = frameworks.require(fiscalYear);
        requireOrganisation(organisationId);
        for (IndicatorCode code : results.scores().keySet()) {
            if (framework.indicator(code).isEmpty()) {
                throw new UserInputException("assessment.error.unknownIndicator", code.toString());
            }
        }
        long id = repository.save(organisationId, framework, results, recordedBy,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        return new SavedAssessment(id, warnings(framework, results));
    }

    /** The published grade is kept as published; a disagreement with the bands is for a human to check. */
    private static List<AssessmentWarning> warnings(Framework framework, Results results) {
        List<AssessmentWarning> warnings = new ArrayList<>();
        if (results.overallScore() != null && results.grade() != null) {
            Grade expected = framework.grade(results.overallScore());
            if (expected != results.grade()) {
                warnings.add(new AssessmentWarning("assessment.warning.gradeMismatch",
                        List.of(results.grade().name(), results.overallScore().toString(), expected.name())));
            }
        }
        return warnings;
    }

    public List<AssessmentSummary> list() {
        return repository.list();
    }

    public Optional<Assessment> find(long assessmentId) {
        return repository.find(assessmentId).map(this::withIndicators);
    }

    public Optional<Assessment> find(long organisationId, FiscalYear fiscalYear) {
        return repository.findId(organisationId, fiscalYear).flatMap(this::find);
    }

    /** The most recent fiscal year's assessment (of the first organisation when several share that year). */
    public Optional<Assessment> latest() {
        return repository.list().stream()
                .max(Comparator.comparing(AssessmentSummary::fiscalYear)
                        .thenComparing(AssessmentSummary::organisationId, Comparator.reverseOrder()))
                .map(this::withIndicators);
    }

    /** The indicators scored below the pass mark; unknown scores are not included. */
    public List<IndicatorResult> failingIndicators(long assessmentId) {
        return find(assessmentId).map(Assessment::failing).orElse(List.of());
    }

    private Assessment withIndicators(AssessmentSummary summary) {
        Framework framework = frameworks.require(summary.fiscalYear());
        Map<IndicatorCode, Score> scores = repository.scores(summary.id());
        List<IndicatorResult> indicators = framework.indicators().stream()
                .map(indicator -> IndicatorResult.judge(indicator, scores.get(indicator.code()), framework))
                .toList();
        Grade byBands = summary.overallScore() == null ? null : framework.grade(summary.overallScore());
        return new Assessment(summary, indicators, framework.passMark(), byBands);
    }

    private void requireOrganisation(long organisationId) {
        if (organisations.find(organisationId).isEmpty()) {
            throw new UserInputException("assessment.error.unknownOrganisation", String.valueOf(organisationId));
        }
    }

    private static void requireCoordinator(CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException(user.userId() + " is not the ITA coordinator");
        }
    }
}
