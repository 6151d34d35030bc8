package th.ita.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.FrameworkService;
import th.ita.decision.DecisionRecord;
import th.ita.decision.Decisions;
import th.ita.division.Division;
import th.ita.division.DivisionService;
import th.ita.evidence.EvidenceService;
import th.ita.measure.MeasureOutcomes;
import th.ita.measure.PartOutcome;
import th.ita.oit.OitService;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationEmblems;
import th.ita.organisation.OrganisationService;
import th.ita.plan.Plan;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.shared.I18n;
import th.ita.shared.UserInputException;

import th.ita.people.People;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The year-end report of a plan (the evidence for the OIT item whose role is the measures' report, o43 in 2566): DOCX and PDF made from the
 * data as it stands, and stored versions. Versions are append-only: generating again adds a version, and a
 * signed-off version is never changed. The coordinator and the executives read and generate reports; the plan
 * process generates with {@link CurrentUser#system()} and signs off at the executive's sign-off.
 */
@Service
public class YearEndReportService {

    private final PlanService plans;
    private final AssessmentService assessments;
    private final DivisionService divisions;
    private final OrganisationService organisations;
    private final EvidenceService evidence;
    private final MeasureOutcomes outcomes;
    private final Decisions decisions;
    private final OitService oit;
    private final FrameworkService frameworks;
    private final ReportRepository repository;
    private final DocxReportWriter docxWriter;
    private final PdfReportWriter pdfWriter;
    private final I18n i18n;
    private final Clock clock;
    private final ReportOptions defaultOptions;

    private final People people;
    private final OrganisationEmblems emblems;
    private final ReportSigners signers;

    public YearEndReportService(PlanService plans, AssessmentService assessments, DivisionService divisions,
                                OrganisationService organisations, EvidenceService evidence, MeasureOutcomes outcomes,
                                Decisions decisions, OitService oit, FrameworkService frameworks,
                                ReportRepository repository, DocxReportWriter docxWriter, PdfReportWriter pdfWriter,
                                I18n i18n, Clock clock,
                                @Value("${ita.report.thai-digits:true}") boolean thaiDigits, People people,
                                OrganisationEmblems emblems, ReportSigners signers) {
        this.signers = signers;
        this.people = people;
        this.emblems = emblems;
        this.plans = plans;
        this.assessments = assessments;
        this.divisions = divisions;
        this.organisations = organisations;
        this.evidence = evidence;
        this.outcomes = outcomes;
        this.decisions = decisions;
        this.oit = oit;
        this.frameworks = frameworks;
        this.repository = repository;
        this.docxWriter = docxWriter;
        this.pdfWriter = pdfWriter;
        this.i18n = i18n;
        this.clock = clock;
        this.defaultOptions = new ReportOptions(thaiDigits);
    }

    /** Generates both files from the current data and stores them as the plan's next version. */
    @Transactional
    public StoredReport generate(long planId, CurrentUser user) {
        requireReader(user);
        requireOrganisation(planId, user, true);
        repository.lockPlan(planId);
        ReportDocument document = document(planId, defaultOptions);
        byte[] docx = docxWriter.write(document);
        byte[] pdf = pdfWriter.write(document);
        StoredReport report = new StoredReport(planId, repository.nextVersion(planId), sha256(docx), sha256(pdf),
                user.userId(), now(), null, null);
        repository.insert(report, docx, pdf);
        return report;
    }

    /** The plan process's own generation at year end, as the system acting for the plan's organisation. */
    @Transactional
    public StoredReport generateForProcess(long planId) {
        Plan plan = plans.find(planId).orElseThrow(() -> new UserInputException("plan.error.notFound", String.valueOf(planId)));
        return generate(planId, CurrentUser.system(plan.organisationId()));
    }

    @Transactional(readOnly = true)
    public Optional<StoredReport> latest(long planId) {
        return repository.versions(planId).stream().findFirst();
    }

    /** Every stored version, newest first. */
    @Transactional(readOnly = true)
    public List<StoredReport> versions(long planId) {
        return repository.versions(planId);
    }

    /** Every stored version of a plan the user may read, newest first; none for another organisation's plan. */
    @Transactional(readOnly = true)
    public List<StoredReport> versions(long planId, CurrentUser user) {
        return plans.organisationOf(planId, user).isPresent() ? repository.versions(planId) : List.of();
    }

    @Transactional(readOnly = true)
    public byte[] docx(long planId, CurrentUser user) {
        return current(planId, ReportFormat.DOCX, user, defaultOptions);
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long planId, CurrentUser user) {
        return current(planId, ReportFormat.PDF, user, defaultOptions);
    }

    /** The report of the data as it stands now, not stored. */
    @Transactional(readOnly = true)
    public byte[] current(long planId, ReportFormat format, CurrentUser user, ReportOptions options) {
        requireReader(user);
        requireOrganisation(planId, user, false);
        ReportDocument document = document(planId, options);
        return format == ReportFormat.DOCX ? docxWriter.write(document) : pdfWriter.write(document);
    }

    /** A stored version's file, exactly as it was generated. */
    @Transactional(readOnly = true)
    public Optional<byte[]> stored(long planId, int version, ReportFormat format, CurrentUser user) {
        requireReader(user);
        if (plans.organisationOf(planId, user).isEmpty()) {
            return Optional.empty();
        }
        return repository.content(planId, version, format);
    }

    /**
     * Records the executive's sign-off of a version. Signing off the same version again by the same person is a
     * no-op (a retried service task); anyone else's sign-off of a signed version is refused.
     */
    @Transactional
    public void markSignedOff(long planId, int version, String by) {
        StoredReport report = repository.find(planId, version)
                .orElseThrow(() -> new UserInputException("report.error.notFound", String.valueOf(version)));
        if (report.isSignedOff()) {
            if (report.signedOffBy().equals(by)) {
                return;
            }
            throw new UserInputException("report.error.signedOff", String.valueOf(version), report.signedOffBy());
        }
        if (!repository.signOff(planId, version, by, now())) {
            throw new UserInputException("report.error.signedOff", String.valueOf(version), "?");
        }
    }

    private ReportDocument document(long planId, ReportOptions options) {
        return ReportContent.build(data(planId), (key, args) -> i18n.getTranslation(key, I18n.THAI, args), options);
    }

    private ReportData data(long planId) {
        Plan plan = plans.find(planId).orElseThrow(() -> new UserInputException("plan.error.notFound", String.valueOf(planId)));
        Map<String, String> divisionNames = divisions.all(plan.organisationId()).stream()
                .collect(Collectors.toMap(Division::code, Division::nameTh, (a, b) -> a, LinkedHashMap::new));
        // A history plan's outcomes were recorded with it, not by a process.
        Map<Long, List<PartOutcome>> outcomesByMeasure = java.util.stream.Stream.concat(outcomes.ofPlan(planId).stream(),
                        plans.historyOutcomes(plan).stream())
                .filter(o -> o.planMeasureId() != null)
                .collect(Collectors.groupingBy(PartOutcome::planMeasureId));
        Map<String, List<th.ita.evidence.Evidence>> byInstance = evidence.forProcessInstances(processInstanceIds(plan));
        Map<String, List<DecisionRecord>> decisionsByInstance = decisions.of(processInstanceIds(plan));
        Map<Long, List<th.ita.evidence.Evidence>> evidenceByMeasure = new LinkedHashMap<>();
        Map<Long, List<DecisionRecord>> decisionsByMeasure = new LinkedHashMap<>();
        for (PlanMeasure measure : plan.measures()) {
            if (measure.processInstanceId() != null) {
                evidenceByMeasure.put(measure.id(), byInstance.getOrDefault(measure.processInstanceId(), List.of()));
                decisionsByMeasure.put(measure.id(), decisionsByInstance.getOrDefault(measure.processInstanceId(), List.of()));
            }
        }
        Organisation organisation = organisations.find(plan.organisationId()).orElse(null);
        // Everyone the appendix names, by name and position, in one statement.
        Map<String, String> peopleNames = people.labels(java.util.stream.Stream.of(
                outcomesByMeasure.values().stream().flatMap(List::stream).map(PartOutcome::decidedBy),
                decisionsByMeasure.values().stream().flatMap(List::stream).map(DecisionRecord::decidedBy),
                decisionsByMeasure.values().stream().flatMap(List::stream).map(DecisionRecord::actingFor),
                evidenceByMeasure.values().stream().flatMap(List::stream).map(th.ita.evidence.Evidence::uploadedBy))
                .flatMap(s -> s).toList());
        // The OIT appendix: the board as it stands, read without writing (a fixed few statements, none per measure).
        return new ReportData(plan, organisation,
                plan.assessmentId() == null ? Optional.empty() : assessments.find(plan.assessmentId()),
                divisionNames, peopleNames, outcomesByMeasure, evidenceByMeasure, decisionsByMeasure,
                organisation == null ? Optional.empty() : oit.snapshot(organisation, plan.fiscalYear()),
                frameworks.find(plan.fiscalYear()), now(),
                emblems.find(plan.organisationId()).flatMap(e -> CoverEmblem.forPrint(e.content())).orElse(null),
                signers.of(plan));
    }

    private static List<String> processInstanceIds(Plan plan) {
        return plan.measures().stream().map(PlanMeasure::processInstanceId).filter(id -> id != null).toList();
    }

    /**
     * The plan must be of an organisation the user may read (to make a version: their own); another organisation's
     * plan is "not found", like a missing one.
     */
    private void requireOrganisation(long planId, CurrentUser user, boolean own) {
        if (plans.organisationOf(planId, user).filter(o -> !own || user.belongsTo(o)).isEmpty()) {
            throw new UserInputException("plan.error.notFound", String.valueOf(planId));
        }
    }

    /** The coordinator and the executives read their organisation's report; a province auditor reads it too. */
    private static void requireReader(CurrentUser user) {
        if (!(user.isCoordinator() || user.isExecutive() || user.isProvinceAuditor())) {
            throw new AccessDeniedException(user.userId() + " is neither the ITA coordinator, an executive nor an auditor");
        }
    }

    private OffsetDateTime now() {
        // Microseconds: what both databases store, so a version reads back equal to what generate returned.
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
