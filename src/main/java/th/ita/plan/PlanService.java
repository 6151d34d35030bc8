package th.ita.plan;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.Framework;
import th.ita.assessment.FrameworkService;
import th.ita.assessment.Indicator;
import th.ita.assessment.IndicatorResult;
import th.ita.assessment.IndicatorCode;
import th.ita.assessment.Instrument;
import th.ita.division.DivisionService;
import th.ita.organisation.OrganisationAccess;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The improvement plan: the coordinator drafts and edits it, an executive approves it, and approval freezes
 * it and starts one {@code improvement-measure} process per measure. The year of a plan is the
 * {@code improvement-plan} process: draft, approval, the measures, the year-end close, the report and its sign-off. Every write checks the role and the
 * plan's state and runs in one transaction.
 */
@Service
public class PlanService {

    static final int MAX_TEXT = 4000;
    static final int MAX_MEASURE_TEXT = 2000;

    private final PlanRepository repository;
    private final PlanReader reader;
    private final FrameworkService frameworks;
    private final AssessmentService assessments;
    private final DivisionService divisions;
    private final PlanTasks planTasks;
    private final OrganisationAccess access;
    private final Clock clock;

    public PlanService(PlanRepository repository, PlanReader reader, FrameworkService frameworks,
                       AssessmentService assessments, DivisionService divisions, PlanTasks planTasks,
                       OrganisationAccess access, Clock clock) {
        this.access = access;
        this.repository = repository;
        this.reader = reader;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.divisions = divisions;
        this.planTasks = planTasks;
        this.clock = clock;
    }

    /** Every organisation's plans: for the application itself, never for a screen or the API (see {@link #list(CurrentUser)}). */
    @Transactional(readOnly = true)
    public List<PlanSummary> list() {
        return repository.list();
    }

    /**
     * The plans the user may read (docs/ACCESS.md): their own organisation's, and a province auditor's those of the
     * organisations of their province. Filtered in SQL.
     */
    @Transactional(readOnly = true)
    public List<PlanSummary> list(CurrentUser user) {
        String province = user.isProvinceAuditor() ? user.province() : null;
        if (user.organisationId() == null && province == null) {
            return List.of();
        }
        return repository.listFor(user.organisationId(), province);
    }

    /** Any organisation's plan, for the processes and services that act for it; screens use {@link #find(long, CurrentUser)}. */
    @Transactional(readOnly = true)
    public Optional<Plan> find(long planId) {
        return reader.read(planId);
    }

    /** The plan if the user may read its organisation's work; another organisation's is empty, as a missing one. */
    @Transactional(readOnly = true)
    public Optional<Plan> find(long planId, CurrentUser user) {
        return repository.organisationOf(planId).filter(organisation -> access.mayRead(user, organisation))
                .flatMap(organisation -> reader.read(planId));
    }

    /** The organisation of a plan the user may read, empty for another organisation's or a missing one. */
    @Transactional(readOnly = true)
    public Optional<Long> organisationOf(long planId, CurrentUser user) {
        return repository.organisationOf(planId).filter(organisation -> access.mayRead(user, organisation));
    }

    /** The context of a plan's measure for the people working on it; empty if the measure is not in a plan. */
    @Transactional(readOnly = true)
    public Optional<MeasureContext> context(long measureId) {
        return repository.planOfMeasure(measureId).flatMap(reader::read).flatMap(plan -> plan.measures().stream()
                .filter(m -> m.id() == measureId).findFirst().map(measure -> {
                    List<IndicatorResult> results = plan.assessmentId() == null ? List.of()
                            : assessments.find(plan.assessmentId()).map(a -> a.indicators().stream()
                                    .filter(r -> measure.indicators().contains(r.code().value())).toList())
                            .orElse(List.of());
                    List<PlanSection> sections = plan.sections().stream()
                            .filter(s -> s.measureIds().contains(measureId)).toList();
                    return new MeasureContext(measure.text(), results, sections);
                }));
    }

    /**
     * The process instances of the organisation's started measures that improve an indicator, so that a task query
     * can filter on them in the engine (and keep paging there). Empty when no started measure improves it.
     */
    @Transactional(readOnly = true)
    public List<String> processInstancesImproving(IndicatorCode indicator, long organisationId) {
        return repository.processInstancesImproving(indicator.value(), organisationId);
    }

    /** The indicator codes of each given plan measure (one query for a whole page of tasks). */
    @Transactional(readOnly = true)
    public Map<Long, List<Integer>> indicatorsOf(java.util.Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Integer>> result = new java.util.HashMap<>();
        repository.indicatorsOfMeasures(measureIds).forEach(e ->
                result.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return result;
    }

    /** The indicators a measure of this plan may improve: those of the framework the plan is measured against. */
    @Transactional(readOnly = true)
    public List<Indicator> indicators(Plan plan) {
        return indicators(plan.fiscalYear());
    }

    /** The same for a plan of that year, for a screen that has read only the plan's header. */
    @Transactional(readOnly = true)
    public List<Indicator> indicators(FiscalYear planYear) {
        return framework(planYear).indicators();
    }

    /**
     * A new draft plan for {@code planYear}, built on the organisation's assessment of the year before (if
     * recorded), with one empty section per instrument of the framework.
     */
    @Transactional
    public long createDraft(long organisationId, FiscalYear planYear, CurrentUser user) {
        long planId = insertDraft(organisationId, planYear, user);
        planTasks.start(organisationId, planId, planYear.end(), user);
        return planId;
    }

    /**
     * The start of a past year's plan recorded as history: a draft like {@link #createDraft} but without a process, filled
     * through the same checked methods, then closed by {@link #recordHistory}. Only for a year that has ended.
     */
    @Transactional
    public long createHistory(long organisationId, FiscalYear planYear, CurrentUser user) {
        if (!yearEnded(planYear)) {
            throw new UserInputException("plan.error.historyNotEnded", planYear.toString());
        }
        return insertDraft(organisationId, planYear, user);
    }

    private long insertDraft(long organisationId, FiscalYear planYear, CurrentUser user) {
        requireCoordinator(user);
        if (!user.belongsTo(organisationId)) {
            throw new AccessDeniedException(user.userId() + " is not a coordinator of organisation " + organisationId);
        }
        if (repository.find(organisationId, planYear).isPresent()) {
            throw new UserInputException("plan.error.exists", planYear.toString());
        }
        Long assessmentId = assessments.find(organisationId, planYear.previous()).map(a -> a.id()).orElse(null);
        Framework framework = framework(planYear);
        long planId = repository.insertPlan(organisationId, planYear, framework.fiscalYear(), assessmentId,
                user.userId(), now());
        for (Instrument instrument : framework.instruments()) {
            repository.insertSection(planId, instrument.code(), null);
        }
        return planId;
    }

    /**
     * What a past year's measure came to: {@code done} for the measure (null: done when every division's part was), and
     * per division (a division not named has the measure's outcome).
     */
    public record HistoryOutcome(Boolean done, Map<String, Boolean> divisions) {
    }

    /**
     * Closes a draft begun by {@link #createHistory} as the year's record: every measure with its outcome and each
     * division's, no process, nothing to approve. A measure counts as done only if every division's part was done.
     */
    @Transactional
    public void recordHistory(long planId, Map<Long, HistoryOutcome> outcomes, CurrentUser user) {
        Plan plan = requireDraft(planId, user);
        if (planTasks.hasProcess(planId) || !yearEnded(plan.fiscalYear())) {
            throw new UserInputException("plan.error.historyNotEnded", plan.fiscalYear().toString());
        }
        for (PlanMeasure measure : plan.measures()) {
            HistoryOutcome outcome = outcomes.get(measure.id());
            if (outcome == null || (outcome.done() == null && (outcome.divisions() == null || outcome.divisions().isEmpty()))) {
                throw new UserInputException("plan.error.historyNoOutcome", String.valueOf(measure.seq()));
            }
            Map<String, Boolean> byDivision = outcome.divisions() == null ? Map.of() : outcome.divisions();
            byDivision.keySet().stream().filter(code -> !measure.divisions().contains(code)).findFirst()
                    .ifPresent(code -> {
                        throw new UserInputException("plan.error.historyUnknownDivision", String.valueOf(measure.seq()), code);
                    });
            Map<String, Boolean> parts = new java.util.LinkedHashMap<>();
            measure.divisions().forEach(code -> parts.put(code,
                    byDivision.getOrDefault(code, outcome.done() == null ? Boolean.FALSE : outcome.done())));
            boolean allDone = parts.values().stream().allMatch(Boolean::booleanValue);
            if (Boolean.TRUE.equals(outcome.done()) && !allDone) {
                throw new UserInputException("plan.error.historyMismatch", String.valueOf(measure.seq()));
            }
            repository.recordOutcome(measure.id(), allDone, parts);
        }
        repository.recordHistory(planId);
    }

    /**
     * The recorded outcome of each division's part of a history plan's measures, as the year-end report reads the
     * measure process's (empty for any other plan).
     */
    @Transactional(readOnly = true)
    public List<th.ita.measure.PartOutcome> historyOutcomes(Plan plan) {
        if (plan.status() != PlanStatus.HISTORY) {
            return List.of();
        }
        return repository.recordedDivisionOutcomes(plan.id()).stream()
                .map(row -> new th.ita.measure.PartOutcome(null, row.division(), plan.id(), row.measureId(),
                        row.done() ? th.ita.measure.PartOutcome.Outcome.DONE : th.ita.measure.PartOutcome.Outcome.NOT_DONE,
                        row.done() ? th.ita.measure.PartOutcome.Progress.ACCEPTED : th.ita.measure.PartOutcome.Progress.IN_WORK,
                        null, null, null, null))
                .toList();
    }

    /**
     * What the coordinator and the executive should know before acting on the plan (Thai message keys with their
     * arguments): a draft whose year is over cannot be approved, and due dates outside the plan's fiscal year.
     */
    @Transactional(readOnly = true)
    public List<PlanWarning> warnings(Plan plan) {
        List<PlanWarning> warnings = new java.util.ArrayList<>();
        if (plan.isDraft() && yearEnded(plan.fiscalYear())) {
            warnings.add(new PlanWarning("plan.warning.yearEnded", List.of(plan.fiscalYear().toString())));
        }
        plan.measures().stream().filter(m -> m.dueDate() != null && !plan.fiscalYear().contains(m.dueDate()))
                .forEach(m -> warnings.add(new PlanWarning("plan.warning.dueOutsideYear",
                        List.of(String.valueOf(m.seq()), m.dueDate().toString(), plan.fiscalYear().toString()))));
        return warnings;
    }

    @Transactional
    public void addGuideline(long planId, int indicatorCode, int seq, String text, CurrentUser user) {
        Plan plan = requireDraft(planId, user);
        requireIndicator(plan, indicatorCode);
        repository.insertGuideline(planId, indicatorCode, seq, RequiredText.require(text, "plan.field.guideline", MAX_TEXT));
    }

    /** Replaces what a section (one report table) says: the finding, the weaknesses and the approaches. */
    @Transactional
    public void updateSection(long sectionId, String finding, List<String> weaknesses, List<String> approaches,
                              CurrentUser user) {
        long planId = repository.planOfSection(sectionId).orElseThrow(() -> new UserInputException("plan.error.notFound"));
        requireDraft(planId, user);
        repository.replaceSectionTexts(sectionId, RequiredText.optional(finding, "plan.field.finding", MAX_TEXT),
                texts(weaknesses, "plan.field.weakness"), texts(approaches, "plan.field.approach"));
    }

    @Transactional
    public long addMeasure(long planId, MeasureInput input, CurrentUser user) {
        Plan plan = requireDraft(planId, user);
        CheckedMeasure measure = check(plan, input);
        long measureId = repository.insertMeasure(planId, measure.text(), measure.dueDate());
        repository.replaceMeasureLinks(measureId, measure.sectionIds(), measure.indicators(), measure.divisions());
        return measureId;
    }

    @Transactional
    public void updateMeasure(long measureId, MeasureInput input, CurrentUser user) {
        long planId = repository.planOfMeasure(measureId).orElseThrow(() -> new UserInputException("plan.error.notFound"));
        Plan plan = requireDraft(planId, user);
        CheckedMeasure measure = check(plan, input);
        repository.updateMeasure(measureId, measure.text(), measure.dueDate());
        repository.replaceMeasureLinks(measureId, measure.sectionIds(), measure.indicators(), measure.divisions());
    }

    @Transactional
    public void removeMeasure(long measureId, CurrentUser user) {
        long planId = repository.planOfMeasure(measureId).orElseThrow(() -> new UserInputException("plan.error.notFound"));
        requireDraft(planId, user);
        repository.deleteMeasure(measureId);
    }

    /**
     * An executive approves the draft: the plan is frozen and every measure starts its process. A plan without
     * measures cannot be approved. All or nothing: if one measure cannot start, none has.
     */
    @Transactional
    public void approve(long planId, CurrentUser user) {
        requireExecutive(user);
        Plan plan = requireOwn(planId, user);
        if (!plan.isDraft()) {
            throw new UserInputException("plan.error.notDraft");
        }
        if (plan.measures().isEmpty()) {
            throw new UserInputException("plan.error.noMeasures");
        }
        requireYearNotEnded(plan);
        // ServiceTask_FreezePlan freezes the plan in this transaction; each measure then starts in a job of its own
        // (asyncBefore on CallActivity_Measures' instances), after this commits.
        planTasks.complete(planId, PlanProcess.TASK_APPROVE_PLAN, PlanVariables.approved(), null, user);
    }

    /**
     * Called by the plan process once the executive approved: freezes the plan; returns what each of its measures
     * starts with (read once here, so that the jobs that start them need not read the plan again).
     */
    @Transactional
    List<MeasureToStart> freeze(long planId, String approvedBy) {
        Plan plan = reader.read(planId).orElseThrow(() -> new UserInputException("plan.error.notFound"));
        if (plan.measures().isEmpty()) {
            throw new UserInputException("plan.error.noMeasures");
        }
        // Also here, for a task completed through another door (Tasklist, /engine-rest): the transaction rolls back.
        requireYearNotEnded(plan);
        repository.approve(planId, approvedBy, now());
        return plan.measures().stream().map(measure -> MeasureToStart.of(measure, approvedBy)).toList();
    }

    /** The coordinator sends the finished draft to the executive. */
    @Transactional
    public void submitForApproval(long planId, String note, CurrentUser user) {
        Plan plan = requireDraft(planId, user);
        if (plan.measures().isEmpty()) {
            throw new UserInputException("plan.error.noMeasures");
        }
        String checked = RequiredText.optional(note, "plan.field.note", MAX_TEXT);
        planTasks.complete(planId, PlanProcess.TASK_DRAFT_PLAN, PlanVariables.drafted(checked), checked, user);
    }

    /** The executive returns the draft to the coordinator with a reason; the plan stays editable. */
    @Transactional
    public void returnDraft(long planId, String reason, CurrentUser user) {
        requireExecutive(user);
        requireOwn(planId, user);
        String checked = RequiredText.require(reason, "review.field.reason", MAX_TEXT);
        planTasks.complete(planId, PlanProcess.TASK_APPROVE_PLAN, PlanVariables.returned(checked), checked, user);
    }

    /** The coordinator closes the fiscal year before 30 September: open measures end as not done. */
    @Transactional
    public void closeYear(long planId, CurrentUser user) {
        requireCoordinator(user);
        requireOwn(planId, user);
        planTasks.closeYear(planId, user);
    }

    /** The coordinator has reviewed the generated year-end report and sends it to the executive. */
    @Transactional
    public void submitReport(long planId, String note, CurrentUser user) {
        requireCoordinator(user);
        requireOwn(planId, user);
        String checked = RequiredText.optional(note, "plan.field.note", MAX_TEXT);
        planTasks.complete(planId, PlanProcess.TASK_REVIEW_REPORT, PlanVariables.reviewed(checked), checked, user);
    }

    /** The executive signs the year-end report off, or returns it to the coordinator with a reason. */
    @Transactional
    public void signOffReport(long planId, boolean sign, String reason, CurrentUser user) {
        requireExecutive(user);
        requireOwn(planId, user);
        String checked = sign ? RequiredText.optional(reason, "review.field.reason", MAX_TEXT)
                : RequiredText.require(reason, "review.field.reason", MAX_TEXT);
        planTasks.complete(planId, PlanProcess.TASK_SIGN_OFF_REPORT,
                PlanVariables.signOff(sign, checked), checked, user);
    }

    /** Whether the draft may be edited now: not while it is with the executive. */
    @Transactional(readOnly = true)
    public boolean editable(Plan plan) {
        return plan.isDraft() && planTasks.editable(plan.id());
    }

    /** Whether the coordinator may close the plan's year now (its measures run, or all finished before year end). */
    @Transactional(readOnly = true)
    public boolean yearOpen(long planId) {
        return planTasks.yearOpen(planId);
    }

    /** The step the plan's process waits at for this user (draft, approval, report review, sign-off), if any. */
    @Transactional(readOnly = true)
    public Optional<String> pendingStep(long planId, CurrentUser user) {
        return planTasks.pendingStep(planId, user);
    }

    private record CheckedMeasure(String text, List<Long> sectionIds, List<Integer> indicators, List<String> divisions,
                                  LocalDate dueDate) {
    }

    private CheckedMeasure check(Plan plan, MeasureInput input) {
        String text = RequiredText.require(input.text(), "plan.field.measure", MAX_MEASURE_TEXT);
        List<String> instruments = distinct(input.instruments());
        if (instruments.isEmpty()) {
            throw new UserInputException("plan.error.noInstrument");
        }
        Map<String, Long> sectionByInstrument = new java.util.HashMap<>();
        plan.sections().forEach(s -> sectionByInstrument.put(s.instrument(), s.id()));
        List<Long> sectionIds = instruments.stream().map(code -> Optional.ofNullable(sectionByInstrument.get(code))
                .orElseThrow(() -> new UserInputException("plan.error.unknownInstrument", code))).toList();
        List<Integer> indicators = distinct(input.indicators());
        if (indicators.isEmpty()) {
            throw new UserInputException("plan.error.noIndicator");
        }
        indicators.forEach(code -> requireIndicator(plan, code));
        List<String> divisionCodes = distinct(input.divisions());
        if (divisionCodes.isEmpty()) {
            throw new UserInputException("measure.error.noDivision");
        }
        divisionCodes.forEach(code -> divisions.find(plan.organisationId(), code)
                .orElseThrow(() -> new UserInputException("measure.error.unknownDivision", code)));
        LocalDate due = input.dueDate() == null ? plan.fiscalYear().end() : input.dueDate();
        if (!plan.fiscalYear().contains(due)) {
            throw new UserInputException("plan.error.dueOutsideYear", plan.fiscalYear().toString());
        }
        return new CheckedMeasure(text, sectionIds, indicators, divisionCodes, due);
    }

    /**
     * A plan whose fiscal year is over must not start its measures: their year-end timers are already due, and every
     * measure would end "not done" at once. Such a year is recorded as history instead ({@link #recordHistory}).
     */
    private void requireYearNotEnded(Plan plan) {
        if (yearEnded(plan.fiscalYear())) {
            throw new UserInputException("plan.error.yearEnded", plan.fiscalYear().toString());
        }
    }

    /** The plan of an organisation's fiscal year, if it has one (the demo loader's "only once"). */
    public Optional<Long> planOf(long organisationId, FiscalYear year) {
        return repository.find(organisationId, year);
    }

    /**
     * Ties a plan to the results it stands on when its import found none of its own year's: the demo's replayed
     * plan stands on the seed's results. No access check: for start-up loaders, not for screens.
     */
    @Transactional
    public void linkAssessment(long planId, long assessmentId) {
        repository.linkAssessment(planId, assessmentId);
    }

    /** Whether the fiscal year ended before today (by the injected clock). */
    public boolean yearEnded(FiscalYear year) {
        return year.end().isBefore(LocalDate.now(clock));
    }

    private void requireIndicator(Plan plan, int code) {
        boolean known = code >= 1 && framework(plan.fiscalYear()).indicator(IndicatorCode.of(code)).isPresent();
        if (!known) {
            throw new UserInputException("plan.error.unknownIndicator", code);
        }
    }

    /**
     * The framework the plan's indicators refer to: that of its base year N (the results it is built on), else the
     * latest one on record up to the plan's own year N+1. A plan for the current year must not wait for NACC to
     * publish that year's framework (usually after the plan is due), nor for the base year's to be loaded.
     */
    private Framework framework(FiscalYear planYear) {
        return frameworks.find(planYear.previous()).or(() -> frameworks.years().stream()
                        .filter(year -> year.compareTo(planYear) <= 0).max(java.util.Comparator.naturalOrder())
                        .flatMap(frameworks::find))
                .orElseGet(() -> frameworks.require(planYear));
    }

    private Plan requireDraft(long planId, CurrentUser user) {
        requireCoordinator(user);
        Plan plan = requireOwn(planId, user);
        if (!plan.isDraft()) {
            throw new UserInputException("plan.error.notDraft");
        }
        // Submitted to the executive: the draft stays as submitted until it is returned.
        if (!planTasks.editable(planId)) {
            throw new UserInputException("plan.error.submitted");
        }
        return plan;
    }

    /**
     * The plan, if it is of the organisation the user works for: only its own people change it (a province auditor
     * reads, never writes). Another organisation's plan is "not found", like a missing one, so ids cannot be probed.
     */
    private Plan requireOwn(long planId, CurrentUser user) {
        return repository.organisationOf(planId).filter(user::belongsTo).flatMap(organisation -> reader.read(planId))
                .orElseThrow(() -> new UserInputException("plan.error.notFound"));
    }

    private static void requireCoordinator(CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException(user.userId() + " is not the ITA coordinator");
        }
    }

    private static void requireExecutive(CurrentUser user) {
        if (!user.isExecutive()) {
            throw new AccessDeniedException(user.userId() + " is not an executive");
        }
    }

    private static List<String> texts(List<String> values, String fieldKey) {
        return values == null ? List.of() : values.stream()
                .map(v -> RequiredText.optional(v, fieldKey, MAX_TEXT))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
