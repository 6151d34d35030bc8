package th.ita.audit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.EntityTypes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.audit.TimelineEntry.Kind;
import th.ita.evidence.EvidenceService;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureVariables;
import th.ita.organisation.OrganisationAccess;
import th.ita.plan.Plan;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who did what and when, for every measure: Camunda's full history (process and task instances with
 * their assignees, the user operation log of claims and assignments), the comments, and the evidence with
 * its SHA-256. Read-only by construction: this service offers no way to change any of it. Everyone logged
 * in may read their own organisation's (a province auditor, the province's); another's is not found.
 */
@Service
@Transactional(readOnly = true)
public class MeasureHistoryService {

    private static final String ASSIGNEE = "assignee";
    private static final Comparator<TimelineEntry> TOLD_ORDER =
            Comparator.comparing(TimelineEntry::time).thenComparing(TimelineEntry::kind);

    private final HistoryService historyService;
    private final TaskService taskService;
    private final EvidenceService evidenceService;
    private final PlanService planService;
    private final OrganisationAccess access;
    private final Clock clock;

    public MeasureHistoryService(HistoryService historyService, TaskService taskService,
                                 EvidenceService evidenceService, PlanService planService, OrganisationAccess access,
                                 Clock clock) {
        this.access = access;
        this.historyService = historyService;
        this.taskService = taskService;
        this.evidenceService = evidenceService;
        this.planService = planService;
        this.clock = clock;
    }

    /** How many measures the user may read (their organisation's; a province auditor's, the province's). */
    public long countMeasures(CurrentUser user) {
        return measureQuery(user).map(HistoricProcessInstanceQuery::count).orElse(0L);
    }

    /** A page of the measures the user may read, newest first; the tenant filter is in the engine's SQL. */
    public List<MeasureSummary> measures(CurrentUser user, int offset, int limit) {
        List<HistoricProcessInstance> instances = measureQuery(user)
                .map(q -> q.orderByProcessInstanceStartTime().desc().listPage(offset, limit))
                .orElse(List.of());
        if (instances.isEmpty()) {
            return List.of();
        }
        Map<String, Object> titles = titles(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new));
        return instances.stream()
                .map(pi -> new MeasureSummary(pi.getId(), (String) titles.get(pi.getId()), pi.getStartTime(),
                        pi.getStartUserId(), pi.getEndTime(),
                        ImprovementMeasureProcess.END_DONE.equals(pi.getEndActivityId())))
                .toList();
    }

    /** Whether the id is a measure's process instance (running or ended) of an organisation the user may read. */
    public boolean isMeasure(String processInstanceId, CurrentUser user) {
        return processInstanceId != null && measureQuery(user)
                .map(q -> q.processInstanceId(processInstanceId).count() == 1).orElse(false);
    }

    /** Empty when the user may read no organisation's work. */
    private Optional<HistoricProcessInstanceQuery> measureQuery(CurrentUser user) {
        List<String> tenants = access.readableTenantIds(user);
        if (tenants.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ImprovementMeasureProcess.KEY)
                .tenantIdIn(tenants.toArray(String[]::new)));
    }

    /**
     * The measure's history, oldest first. Not scoped: for a measure the caller has already found the user may read
     * (a task of theirs, {@link #isMeasure(String, CurrentUser)}).
     */
    public List<TimelineEntry> timeline(String processInstanceId) {
        return timeline(processInstanceId, AuditFilter.NONE);
    }

    /** The measure's history, oldest first, only what the filter lets through; entries carry the measure's title. */
    public List<TimelineEntry> timeline(String processInstanceId, AuditFilter filter) {
        Object title = titles(processInstanceId).get(processInstanceId);
        return entries(processInstanceId, title == null ? null : title.toString(), filter);
    }

    /**
     * The history of every measure of the plan, oldest first, each entry tagged "seq. measure text";
     * empty if the plan is unknown or of an organisation the user may not read. Measures not started yet (a draft
     * plan) have no history.
     */
    public Optional<List<TimelineEntry>> planTimeline(long planId, CurrentUser user, AuditFilter filter) {
        return planService.find(planId, user).map(plan -> planEntries(plan, filter));
    }

    private List<TimelineEntry> planEntries(Plan plan, AuditFilter filter) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (PlanMeasure measure : plan.measures()) {
            if (measure.processInstanceId() != null) {
                entries.addAll(entries(measure.processInstanceId(), measure.seq() + ". " + measure.text(), filter));
            }
        }
        entries.sort(TOLD_ORDER);
        return entries;
    }

    private List<TimelineEntry> entries(String processInstanceId, String measure, AuditFilter filter) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return List.of();
        }
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).list();
        // Only the division filter needs the task's division: one query per task, so skip it when unused.
        Map<String, String> divisions = new HashMap<>();
        if (filter.division() != null) {
            tasks.forEach(task -> divisions.put(task.getId(), TaskDivisions.of(historyService, task.getId())));
        }
        Map<String, String> taskNames = tasks.stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getId, t -> String.valueOf(t.getName())));

        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(instance.getStartTime(), instance.getStartUserId(), Kind.STARTED, null, null));
        tasks.stream().filter(task -> task.getEndTime() != null && "completed".equals(task.getDeleteReason()))
                .forEach(task -> entries.add(forTask(new TimelineEntry(task.getEndTime(), task.getAssignee(),
                        Kind.TASK_COMPLETED, null, null), task.getId(), taskNames, divisions)));
        assignments(processInstanceId).forEach(entry ->
                entries.add(forTask(entry, entry.taskId(), taskNames, divisions)));
        taskService.getProcessInstanceComments(processInstanceId).forEach(comment ->
                entries.add(forTask(new TimelineEntry(comment.getTime(), comment.getUserId(), Kind.COMMENT, null,
                        comment.getFullMessage()), comment.getTaskId(), taskNames, divisions)));
        evidenceService.forProcessInstance(processInstanceId).forEach(evidence ->
                entries.add(forTask(new TimelineEntry(Date.from(evidence.uploadedAt().toInstant()),
                        evidence.uploadedBy(), Kind.EVIDENCE, null,
                        evidence.fileName() + " · SHA-256 " + evidence.sha256()), evidence.taskId(), taskNames, divisions)));
        if (instance.getEndTime() != null) {
            entries.add(new TimelineEntry(instance.getEndTime(), null, Kind.ENDED, null, null));
        }
        // Stable order: by time, and for equal times in the order a person would tell it.
        return entries.stream().map(e -> e.withMeasure(measure))
                .filter(e -> filter.matches(e, clock.getZone()))
                .sorted(TOLD_ORDER)
                .toList();
    }

    /**
     * Claims and (re)assignments from the engine's user operation log. Only the {@code assignee} property:
     * a delegation logs several properties for one act, and one act is one line.
     */
    private List<TimelineEntry> assignments(String processInstanceId) {
        return historyService.createUserOperationLogQuery().processInstanceId(processInstanceId)
                .entityType(EntityTypes.TASK).property(ASSIGNEE).list().stream()
                .map(MeasureHistoryService::assignment)
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<TimelineEntry> assignment(UserOperationLogEntry log) {
        Kind kind = switch (log.getOperationType()) {
            case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> Kind.CLAIMED;
            // TaskService.setAssignee logs "Assign"; setting it to null is the unclaim.
            case UserOperationLogEntry.OPERATION_TYPE_ASSIGN, UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> log.getNewValue() == null ? Kind.UNASSIGNED : Kind.ASSIGNED;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        String detail = kind == Kind.ASSIGNED ? log.getNewValue() : kind == Kind.UNASSIGNED ? log.getOrgValue() : null;
        return Optional.of(new TimelineEntry(log.getTimestamp(), log.getUserId(), kind, null, detail,
                log.getTaskId(), null, null));
    }

    private static TimelineEntry forTask(TimelineEntry entry, String taskId, Map<String, String> taskNames,
                                         Map<String, String> divisions) {
        return taskId == null ? entry : entry.withTask(taskId, taskNames.get(taskId), divisions.get(taskId));
    }

    private Map<String, Object> titles(String... processInstanceIds) {
        return historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceIds)
                .variableName(MeasureVariables.measureTitleName())
                .list().stream()
                .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId,
                        v -> String.valueOf(v.getValue()), (a, b) -> a));
    }
}
