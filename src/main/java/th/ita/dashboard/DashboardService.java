package th.ita.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.assessment.Assessment;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.Indicator;
import th.ita.division.Division;
import th.ita.division.DivisionService;
import th.ita.oit.LinkChecks;
import th.ita.organisation.OrganisationAccess;
import th.ita.plan.MeasureStatus;
import th.ita.plan.PlanService;
import th.ita.plan.PlanStatus;
import th.ita.plan.PlanSummary;
import th.ita.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of the dashboard, for everyone logged in, of the plans of their own organisation (a province
 * auditor's: of the province's). Read-only. The overdue list is the whole plan's, not one user's inbox.
 * A dashboard costs a fixed number of SQL statements whatever the plan's size ({@link DashboardReadModel}).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final PlanService planService;
    private final AssessmentService assessments;
    private final DivisionService divisions;
    private final DashboardReadModel readModel;
    private final OrganisationAccess access;
    private final LinkChecks linkChecks;
    private final Clock clock;

    public DashboardService(PlanService planService, AssessmentService assessments, DivisionService divisions,
                            DashboardReadModel readModel, OrganisationAccess access, LinkChecks linkChecks, Clock clock) {
        this.planService = planService;
        this.assessments = assessments;
        this.divisions = divisions;
        this.readModel = readModel;
        this.access = access;
        this.linkChecks = linkChecks;
        this.clock = clock;
    }

    /** The plans the user may read: their organisation's (a province auditor's, the province's). */
    public List<PlanSummary> plans(CurrentUser user) {
        return planService.list(user);
    }

    /** The plan to show the user first: the latest approved one (a draft has no progress yet), else the latest draft. */
    public Optional<PlanSummary> defaultPlan(CurrentUser user) {
        return defaultOf(plans(user));
    }

    /** The same choice among plans already read (the page lists them anyway: one statement less). */
    public static Optional<PlanSummary> defaultOf(List<PlanSummary> plans) {
        Comparator<PlanSummary> latest = Comparator.comparing(PlanSummary::fiscalYear).thenComparing(PlanSummary::id);
        return plans.stream().filter(p -> p.status() == PlanStatus.APPROVED).max(latest)
                .or(() -> plans.stream().max(latest));
    }

    /** The dashboard of a plan the user may read; another organisation's plan has none, like a missing one. */
    public Optional<Dashboard> of(long planId, CurrentUser user) {
        return readModel.plan(planId).filter(plan -> access.mayRead(user, plan.organisationId(), "dashboard"))
                .map(this::dashboard);
    }

    private Dashboard dashboard(DashboardPlan plan) {
        List<DashboardReadModel.MeasureParts> measures = readModel.measures(plan.id());
        List<Division> organisationDivisions = divisions.all(plan.organisationId());
        int measuresDone = (int) measures.stream().filter(m -> m.status() == MeasureStatus.DONE).count();
        int parts = measures.stream().mapToInt(m -> m.divisions().size()).sum();
        int partsDone = measures.stream().mapToInt(m -> m.done().size()).sum();
        return new Dashboard(plan, new Progress(measuresDone, measures.size()), new Progress(partsDone, parts),
                byIndicator(plan, measures), byDivision(organisationDivisions, measures),
                overdue(plan, organisationDivisions), scores(plan).orElse(null), organisationDivisions,
                // The plan's organisation was checked above: its own website checks only, in one statement.
                linkChecks.flagged(plan.organisationId()));
    }

    private List<IndicatorProgress> byIndicator(DashboardPlan plan, List<DashboardReadModel.MeasureParts> measures) {
        Map<Integer, Indicator> indicators = planService.indicators(plan.fiscalYear()).stream()
                .collect(Collectors.toMap(i -> i.code().value(), Function.identity()));
        Map<Integer, int[]> counts = new TreeMap<>();
        for (DashboardReadModel.MeasureParts measure : measures) {
            for (int code : measure.indicators()) {
                int[] count = counts.computeIfAbsent(code, k -> new int[2]);
                count[1]++;
                if (measure.status() == MeasureStatus.DONE) {
                    count[0]++;
                }
            }
        }
        return counts.entrySet().stream().filter(e -> indicators.containsKey(e.getKey()))
                .map(e -> new IndicatorProgress(indicators.get(e.getKey()), new Progress(e.getValue()[0], e.getValue()[1])))
                .toList();
    }

    /** Only divisions with a part in the plan: "0 of 0" says nothing. In the organisation's division order. */
    private static List<DivisionProgress> byDivision(List<Division> divisions,
                                                     List<DashboardReadModel.MeasureParts> measures) {
        List<DivisionProgress> rows = new ArrayList<>();
        for (Division division : divisions) {
            int total = 0;
            int done = 0;
            for (DashboardReadModel.MeasureParts measure : measures) {
                if (measure.divisions().contains(division.code())) {
                    total++;
                    done += measure.done().contains(division.code()) ? 1 : 0;
                }
            }
            if (total > 0) {
                rows.add(new DivisionProgress(division, new Progress(done, total)));
            }
        }
        return rows;
    }

    /** Open tasks of running measures whose due date has passed (due before today), oldest due date first. */
    private List<OverdueTask> overdue(DashboardPlan plan, List<Division> organisationDivisions) {
        Map<String, Integer> divisionOrder = new HashMap<>();
        organisationDivisions.forEach(d -> divisionOrder.put(d.code(), divisionOrder.size()));
        return readModel.overdueTasks(plan.id(), LocalDate.now(clock)).stream()
                .map(t -> new OverdueTask(t.measureSeq(), t.measureText(), t.divisionCode(), t.taskKey(), t.dueDate()))
                .sorted(Comparator.comparing(OverdueTask::dueDate).thenComparing(OverdueTask::measureSeq)
                        .thenComparing(t -> divisionOrder.getOrDefault(t.divisionCode(), Integer.MAX_VALUE))
                        .thenComparing(OverdueTask::taskKey))
                .toList();
    }

    /** The assessment the plan was built on; for a plan without one, its organisation's latest recorded. */
    private Optional<Assessment> scores(DashboardPlan plan) {
        return plan.assessmentId() != null ? assessments.find(plan.assessmentId())
                : assessments.latest(plan.organisationId());
    }
}
