package th.ita.dashboard;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.assessment.Assessment;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.Indicator;
import th.ita.audit.TaskDivisions;
import th.ita.division.Division;
import th.ita.division.DivisionService;
import th.ita.plan.MeasureStatus;
import th.ita.plan.Plan;
import th.ita.plan.PlanMeasure;
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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of the dashboard, for everyone logged in, of the plans of their own organisation (a province
 * auditor's: of the province's). Read-only. The overdue list is the whole plan's, not
 * one user's inbox: it asks the engine for every open task of the plan's late measures.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final PlanService planService;
    private final AssessmentService assessments;
    private final DivisionService divisions;
    private final AcceptedParts acceptedParts;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final Clock clock;

    public DashboardService(PlanService planService, AssessmentService assessments, DivisionService divisions,
                            AcceptedParts acceptedParts, TaskService taskService, HistoryService historyService,
                            Clock clock) {
        this.planService = planService;
        this.assessments = assessments;
        this.divisions = divisions;
        this.acceptedParts = acceptedParts;
        this.taskService = taskService;
        this.historyService = historyService;
        this.clock = clock;
    }

    /** The plans the user may read: their organisation's (a province auditor's, the province's). */
    public List<PlanSummary> plans(CurrentUser user) {
        return planService.list(user);
    }

    /** The plan to show the user first: the latest approved one (a draft has no progress yet), else the latest draft. */
    public Optional<PlanSummary> defaultPlan(CurrentUser user) {
        return latest(plans(user));
    }

    /** The dashboard of a plan the user may read; another organisation's plan has none, like a missing one. */
    public Optional<Dashboard> of(long planId, CurrentUser user) {
        return planService.find(planId, user).map(this::dashboard);
    }

    private static Optional<PlanSummary> latest(List<PlanSummary> plans) {
        Comparator<PlanSummary> latest = Comparator.comparing(PlanSummary::fiscalYear).thenComparing(PlanSummary::id);
        return plans.stream().filter(p -> p.status() == PlanStatus.APPROVED).max(latest)
                .or(() -> plans.stream().max(latest));
    }

    private Dashboard dashboard(Plan plan) {
        Map<Long, Set<String>> accepted = plan.measures().stream()
                .collect(Collectors.toMap(PlanMeasure::id, acceptedParts::of));
        int measuresDone = (int) plan.measures().stream().filter(m -> m.status() == MeasureStatus.DONE).count();
        int parts = plan.measures().stream().mapToInt(m -> m.divisions().size()).sum();
        int partsDone = accepted.values().stream().mapToInt(Set::size).sum();
        return new Dashboard(plan, new Progress(measuresDone, plan.measures().size()), new Progress(partsDone, parts),
                byIndicator(plan), byDivision(plan, accepted), overdue(plan), scores(plan).orElse(null));
    }

    private List<IndicatorProgress> byIndicator(Plan plan) {
        Map<Integer, Indicator> indicators = planService.indicators(plan).stream()
                .collect(Collectors.toMap(i -> i.code().value(), Function.identity()));
        Map<Integer, int[]> counts = new java.util.TreeMap<>();
        for (PlanMeasure measure : plan.measures()) {
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
    private List<DivisionProgress> byDivision(Plan plan, Map<Long, Set<String>> accepted) {
        List<DivisionProgress> rows = new ArrayList<>();
        for (Division division : divisions.all(plan.organisationId())) {
            int total = 0;
            int done = 0;
            for (PlanMeasure measure : plan.measures()) {
                if (measure.divisions().contains(division.code())) {
                    total++;
                    done += accepted.get(measure.id()).contains(division.code()) ? 1 : 0;
                }
            }
            if (total > 0) {
                rows.add(new DivisionProgress(division, new Progress(done, total)));
            }
        }
        return rows;
    }

    /** Open tasks of running measures whose due date has passed (due before today), oldest due date first. */
    List<OverdueTask> overdue(Plan plan) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> divisionOrder = new HashMap<>();
        divisions.all(plan.organisationId()).forEach(d -> divisionOrder.put(d.code(), divisionOrder.size()));
        return plan.measures().stream()
                .filter(m -> m.status() == MeasureStatus.RUNNING && m.dueDate().isBefore(today))
                .flatMap(m -> taskService.createTaskQuery().processInstanceId(m.processInstanceId()).list().stream()
                        .map(task -> new OverdueTask(m.seq(), m.text(), TaskDivisions.of(historyService, task.getId()),
                                task.getTaskDefinitionKey(), m.dueDate())))
                .sorted(Comparator.comparing(OverdueTask::dueDate).thenComparing(OverdueTask::measureSeq)
                        .thenComparing(t -> divisionOrder.getOrDefault(t.divisionCode(), Integer.MAX_VALUE)))
                .toList();
    }

    /** The assessment the plan was built on; for a plan without one, its organisation's latest recorded. */
    private Optional<Assessment> scores(Plan plan) {
        return plan.assessmentId() != null ? assessments.find(plan.assessmentId())
                : assessments.latest(plan.organisationId());
    }
}
