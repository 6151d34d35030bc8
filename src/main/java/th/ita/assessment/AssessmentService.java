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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
     * Results by API: the coordinator of the organisation, or a platform administrator (who records for any
     * organisation, e.g. when onboarding one with its earlier years).
     */
    @Transactional
    public SavedAssessment record(long organisationId, FiscalYear fiscalYear, Results results, CurrentUser user) {
        if (!user.isPlatformAdmin() && !(user.isCoordinator() && user.belongsTo(organisationId))) {
            throw new AccessDeniedException(user.userId() + " may not record results of organisation " + organisationId);
        }
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

    /** Also used by the demo data (th.ita.demo), which has no logged-in user: no access check, not for screens. */
    @Transactional
    public SavedAssessment store(long organisationId, FiscalYear fiscalYear, Results results, String recordedBy) {
        Framework framework = frameworks.require(fiscalYear);
        requireOrganisation(organisationId);
        for (IndicatorCode code : results.scores().keySet()) {
            if (framework.indicator(code).isEmpty()) {
                throw new UserInputException("assessment.error.unknownIndicator", code.toString());
            }
        }
        for (String code : results.instrumentScores().keySet()) {
            if (framework.instrument(code).isEmpty()) {
                throw new UserInputException("assessment.error.unknownInstrument", code, instrumentCodes(framework));
            }
        }
        Rating published = results.publishedRating() == null ? null : framework.ratingRule()
                .find(results.publishedRating()).orElseThrow(() -> new UserInputException("assessment.error.rating",
                        results.publishedRating(), fiscalYear.toString(), ratingCodes(framework)));
        AssessmentRepository.Recorded recorded = completed(framework, results, published);
        long id = repository.save(organisationId, framework, recorded, recordedBy,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        return new SavedAssessment(id, warnings(framework, recorded, published));
    }

    /**
     * NACC's own figures are kept as given; only a missing instrument or overall score is computed, from the
     * indicators and the year's weights, and marked so. The rating shown is the published one, else the rule's.
     */
    static AssessmentRepository.Recorded completed(Framework framework, Results results, Rating published) {
        Map<String, Score> instruments = new LinkedHashMap<>(results.instrumentScores());
        Set<String> computed = new HashSet<>();
        for (Instrument instrument : framework.instruments()) {
            if (!instruments.containsKey(instrument.code())) {
                framework.instrumentScoreOf(instrument.code(), results.scores()).ifPresent(score -> {
                    instruments.put(instrument.code(), score);
                    computed.add(instrument.code());
                });
            }
        }
        Score overall = results.overallScore();
        boolean overallComputed = false;
        if (overall == null) {
            overall = framework.overallScoreOf(instruments).orElse(null);
            overallComputed = overall != null;
        }
        Rating rating = published != null ? published : framework.rate(overall, instruments).orElse(null);
        return new AssessmentRepository.Recorded(overall, overallComputed, published == null ? null : published.code(),
                rating == null ? null : rating.code(), instruments, computed, results.scores());
    }

    /** The published rating is kept as published; a disagreement with the year's rule is for a human to check. */
    private static List<AssessmentWarning> warnings(Framework framework, AssessmentRepository.Recorded recorded,
                                                    Rating published) {
        List<AssessmentWarning> warnings = new ArrayList<>();
        if (published != null) {
            framework.rate(recorded.overallScore(), recorded.instrumentScores())
                    .filter(expected -> !expected.code().equals(published.code()))
                    .ifPresent(expected -> warnings.add(new AssessmentWarning("assessment.warning.gradeMismatch",
                            List.of(published.nameTh(), recorded.overallScore().toString(), expected.nameTh()))));
        }
        return warnings;
    }

    private static String ratingCodes(Framework framework) {
        return String.join(", ", framework.ratingRule().ratings().stream().map(Rating::code).toList());
    }

    private static String instrumentCodes(Framework framework) {
        return String.join(", ", framework.instruments().stream().map(Instrument::code).toList());
    }

    /**
     * The assessments the user may read (docs/ACCESS.md): their own organisation's, a province auditor's those of the
     * province's organisations. Filtered in SQL.
     */
    public List<AssessmentSummary> list(CurrentUser user) {
        String province = readableProvince(user);
        return user.organisationId() == null && province == null ? List.of()
                : repository.listFor(user.organisationId(), province).stream().map(this::summary).toList();
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
                .sorted(java.util.Comparator.comparing(AssessmentRepository.Row::fiscalYear))
                .map(this::withIndicators).toList();
    }

    /** The indicators scored below the pass mark; unknown scores are not included. */
    public List<IndicatorResult> failingIndicators(long assessmentId) {
        return find(assessmentId).map(Assessment::failing).orElse(List.of());
    }

    /** Judged by the framework version the result was recorded under, whatever corrections of the year came later. */
    private Assessment withIndicators(AssessmentRepository.Row row) {
        Framework framework = frameworks.find(row.fiscalYear(), row.frameworkVersion())
                .orElseGet(() -> frameworks.require(row.fiscalYear()));
        Map<IndicatorCode, Score> scores = repository.scores(row.id());
        List<IndicatorResult> indicators = framework.indicators().stream()
                .map(indicator -> IndicatorResult.judge(indicator, scores.get(indicator.code()), framework))
                .toList();
        List<InstrumentScore> instrumentScores = repository.instrumentScores(row.id()).stream()
                .flatMap(s -> framework.instrument(s.instrument())
                        .map(i -> new InstrumentScore(i, s.score(), s.computed())).stream())
                .toList();
        Map<String, Score> byCode = new LinkedHashMap<>();
        instrumentScores.forEach(s -> byCode.put(s.code(), s.score()));
        Rating byRule = framework.rate(row.overallScore(), byCode).orElse(null);
        Rating published = named(framework, row.publishedRating());
        AssessmentSummary summary = summary(row, framework);
        if (summary.rating() == null && byRule != null) {
            // Stored before ratings were stored (or with too little to rate then): the rule decides now.
            summary = new AssessmentSummary(row.id(), row.organisationId(), row.organisationNameTh(), row.fiscalYear(),
                    row.overallScore(), byRule);
        }
        return new Assessment(summary, indicators, instrumentScores, row.overallComputed(), framework.passMark(),
                published, byRule);
    }

    private AssessmentSummary summary(AssessmentRepository.Row row) {
        return summary(row, frameworks.require(row.fiscalYear()));
    }

    private static AssessmentSummary summary(AssessmentRepository.Row row, Framework framework) {
        String code = row.rating() != null ? row.rating() : row.publishedRating();
        return new AssessmentSummary(row.id(), row.organisationId(), row.organisationNameTh(), row.fiscalYear(),
                row.overallScore(), named(framework, code));
    }

    /** A code by its year's names; a code the rule no longer knows keeps itself as its name rather than vanish. */
    private static Rating named(Framework framework, String code) {
        return code == null ? null : framework.ratingRule().rating(code).orElse(new Rating(code, code, code));
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
