package th.ita.assessment;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.organisation.OrganisationAccess;
import th.ita.organisation.OrganisationService;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
    private final OrganisationAccess access;
    private final ResultFileReader fileReader;
    private final Clock clock;

    public AssessmentService(AssessmentRepository repository, FrameworkService frameworks,
                             OrganisationService organisations, OrganisationAccess access, ResultFileReader fileReader,
                             Clock clock) {
        this.access = access;
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
        requireOwn(organisationId, user);
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
        requireOwn(organisationId, user);
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

    /**
     * The assessments the user may read (docs/ACCESS.md): their own organisation's, a province auditor's those of the
     * province's organisations. Filtered in SQL.
     */
    public List<AssessmentSummary> list(CurrentUser user) {
        String province = readableProvince(user);
        return user.organisationId() == null && province == null ? List.of()
                : repository.listFor(user.organisationId(), province);
    }

    /** Any organisation's assessment, for the services that follow a plan's own link; screens use {@link #find(long, CurrentUser)}. */
    public Optional<Assessment> find(long assessmentId) {
        return repository.find(assessmentId).map(this::withIndicators);
    }

    /** The assessment if the user may read its organisation's work; another organisation's is empty, as a missing one. */
    public Optional<Assessment> find(long assessmentId, CurrentUser user) {
        return repository.find(assessmentId).filter(a -> access.mayRead(user, a.organisationId())).map(this::withIndicators);
    }

    public Optional<Assessment> find(long organisationId, FiscalYear fiscalYear) {
        return repository.findId(organisationId, fiscalYear).flatMap(this::find);
    }

    /** The organisation's assessment of the year, if the user may read that organisation's work. */
    public Optional<Assessment> find(long organisationId, FiscalYear fiscalYear, CurrentUser user) {
        return access.mayRead(user, organisationId) ? find(organisationId, fiscalYear) : Optional.empty();
    }

    /** The most recent fiscal year's assessment of any organisation (the lowest id when several share that year). */
    public Optional<Assessment> latest() {
        return repository.latest(null, null, true).map(this::withIndicators);
    }

    /** The organisation's most recent assessment. */
    public Optional<Assessment> latest(long organisationId) {
        return repository.latest(organisationId, null, false).map(this::withIndicators);
    }

    /**
     * The most recent assessment the user may read: their own organisation's; for a province auditor, the latest of
     * the province's organisations. Empty for anyone else.
     */
    public Optional<Assessment> latest(CurrentUser user) {
        String province = readableProvince(user);
        return user.organisationId() == null && province == null ? Optional.empty()
                : repository.latest(user.organisationId(), province, false).map(this::withIndicators);
    }

    /**
     * Every assessment on record of the organisation, oldest year first: an indicator's scores across the years.
     * Empty when the user may not read the organisation's work.
     */
    public List<Assessment> history(long organisationId, CurrentUser user) {
        if (!access.mayRead(user, organisationId, "assessments")) {
            return List.of();
        }
        return repository.listFor(organisationId, null).stream()
                .sorted(java.util.Comparator.comparing(AssessmentSummary::fiscalYear))
                .map(this::withIndicators).toList();
    }

    /** The indicators scored below the pass mark; unknown scores are not included. */
    public List<IndicatorResult> failingIndicators(long assessmentId) {
        return find(assessmentId).map(Assessment::failing).orElse(List.of());
    }

    /** Judged by the framework version the result was recorded under, whatever corrections of the year came later. */
    private Assessment withIndicators(AssessmentSummary summary) {
        Framework framework = frameworks.find(summary.fiscalYear(), summary.frameworkVersion())
                .orElseGet(() -> frameworks.require(summary.fiscalYear()));
        Map<IndicatorCode, Score> scores = repository.scores(summary.id());
        List<IndicatorResult> indicators = framework.indicators().stream()
                .map(indicator -> IndicatorResult.judge(indicator, scores.get(indicator.code()), framework))
                .toList();
        Grade byBands = summary.overallScore() == null ? null : framework.grade(summary.overallScore());
        return new Assessment(summary, indicators, framework.passMark(), byBands);
    }

    private static String readableProvince(CurrentUser user) {
        return user.isProvinceAuditor() ? user.province() : null;
    }

    /**
     * A coordinator records results of their own organisation only; another organisation is answered as an unknown
     * one, so that ids cannot be probed.
     */
    private static void requireOwn(long organisationId, CurrentUser user) {
        if (!user.belongsTo(organisationId)) {
            throw new UserInputException("assessment.error.unknownOrganisation", String.valueOf(organisationId));
        }
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
