package th.ita.inbox;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.access.AccessDeniedException;
import th.ita.assessment.Framework;
import th.ita.assessment.FrameworkService;
import th.ita.assessment.Indicator;
import th.ita.assessment.IndicatorCode;
import th.ita.workflow.Tenants;
import th.ita.plan.PlanService;
import th.ita.security.DivisionMembers;
import th.ita.measure.MeasureVariables;
import th.ita.workflow.TaskAccess;
import th.ita.security.CurrentUser;
import th.ita.workflow.EngineUser;
import th.ita.workflow.Groups;
import th.ita.shared.UserInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The tasks a user may work on: assigned to them, or offered to one of their groups (a division, its head,
 * the executives). Paged in the database, never all rows at once; a page costs the same few statements whatever its
 * size ({@link InboxRows}), and the badges' counts one grouped statement ({@link InboxCounts}).
 * <p>
 * Access: these reads apply the access table's rules in the query itself, not through the engine's authorization
 * check. The task query carries the user's organisation as {@code tenantIdIn} (candidate groups such as
 * {@code div-finance} are shared by every organisation; the tenant keeps another organisation's tasks out) and
 * "assigned to the user or offered to one of the user's groups"; {@link InboxCounts} states the same in SQL. Running
 * the queries as the user through {@link EngineUser} would add the engine's authorization joins to every statement
 * for the same answer, since the engine's grants are derived from the same groups (docs/ACCESS.md).
 */
@Service
public class InboxService {

    private final TaskService taskService;
    private final TaskAccess taskAccess;
    private final EngineUser engineUser;
    private final DivisionMembers divisionMembers;
    private final PlanService planService;
    private final FrameworkService frameworks;
    private final InboxRows rows;
    private final InboxCounts counts;
    private final Clock clock;

    public InboxService(TaskService taskService, TaskAccess taskAccess, EngineUser engineUser,
                        DivisionMembers divisionMembers, PlanService planService, FrameworkService frameworks,
                        InboxRows rows, InboxCounts counts, Clock clock) {
        this.planService = planService;
        this.rows = rows;
        this.counts = counts;
        this.frameworks = frameworks;
        this.taskService = taskService;
        this.divisionMembers = divisionMembers;
        this.taskAccess = taskAccess;
        this.engineUser = engineUser;
        this.clock = clock;
    }

    /**
     * What an inbox shows: one step of the process (e.g. executive approval) or all when {@code taskKey} is
     * null; only the user's own claimed tasks; only tasks past their measure's due date; only tasks of plan
     * measures that improve an ITA indicator when {@code indicator} is set.
     */
    public record Filter(String taskKey, boolean mineOnly, boolean overdueOnly, IndicatorCode indicator) {
        public static final Filter ALL = new Filter(null, false, false, null);

        public Filter(String taskKey) {
            this(taskKey, false, false, null);
        }

        public Filter(String taskKey, boolean mineOnly, boolean overdueOnly) {
            this(taskKey, mineOnly, overdueOnly, null);
        }
    }

    @Transactional(readOnly = true)
    public long count(CurrentUser user, Filter filter) {
        return query(user, filter).map(TaskQuery::count).orElse(0L);
    }

    @Transactional(readOnly = true)
    public List<TaskRow> page(CurrentUser user, Filter filter, int offset, int limit) {
        List<Task> tasks = query(user, filter)
                .map(q -> q.orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(offset, limit))
                .orElse(List.of());
        return rows.of(tasks);
    }

    /**
     * The counts the side navigation shows (all, per step, overdue), kept for a few seconds: for badges, not for
     * paging, which needs {@link #count} of the same moment as its page.
     */
    @Transactional(readOnly = true)
    public TaskCounts counts(CurrentUser user) {
        return counts.of(user);
    }

    /** The indicators one may filter by: those of the newest ITA framework loaded. */
    @Transactional(readOnly = true)
    public List<Indicator> indicatorChoices() {
        return frameworks.years().stream().max(Comparator.naturalOrder())
                .flatMap(frameworks::find)
                .map(Framework::indicators)
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public TaskRow get(String taskId, CurrentUser user) {
        return rows.of(List.of(taskAccess.requireVisible(taskId, user))).get(0);
    }

    @Transactional
    public void claim(String taskId, CurrentUser user) {
        Task task = taskAccess.requireVisible(taskId, user);
        if (task.getAssignee() != null) {
            if (task.getAssignee().equals(user.userId())) {
                return;
            }
            throw new UserInputException("task.error.claimedByOther", task.getAssignee());
        }
        try {
            engineUser.run(user, () -> taskService.claim(taskId, user.userId()));
        } catch (OptimisticLockingException | TaskAlreadyClaimedException lostRace) {
            // Somebody claimed it in the same moment; their claim stands and ours rolls back.
            throw lostRace instanceof TaskAlreadyClaimedException claimed
                    ? new UserInputException("task.error.claimedByOther", claimed.getTaskAssignee())
                    : new UserInputException("task.error.claimedMeanwhile");
        }
    }

    @Transactional
    public void unclaim(String taskId, CurrentUser user) {
        Task task = taskAccess.requireVisible(taskId, user);
        if (!user.userId().equals(task.getAssignee())) {
            throw new UserInputException("task.error.notYours");
        }
        engineUser.run(user, () -> taskService.setAssignee(taskId, null));
    }

    /** A division head gives a task of the division to one of its members. */
    @Transactional
    public void assign(String taskId, String assigneeId, CurrentUser head) {
        Task task = taskAccess.requireVisible(taskId, head);
        String division = MeasureVariables.division(taskService.getVariables(taskId, MeasureVariables.SUMMARY));
        if (division == null || !head.isMemberOf(Groups.headGroup(division))) {
            throw new AccessDeniedException(head.userId() + " is not the head of the division of task " + taskId);
        }
        // The task is of the head's organisation (requireVisible); so must the assignee be.
        if (!divisionMembers.isMember(assigneeId, head.requireOrganisation(), division)) {
            throw new UserInputException("task.error.notMember", String.valueOf(assigneeId));
        }
        engineUser.run(head, () -> taskService.setAssignee(task.getId(), assigneeId));
    }

    /** Whether the user heads the division a task belongs to (and so may assign it). */
    @Transactional(readOnly = true)
    public boolean headsDivisionOf(TaskRow task, CurrentUser user) {
        return task.divisionCode() != null && user.isMemberOf(Groups.headGroup(task.divisionCode()));
    }

    /**
     * Empty when the filter cannot match any task (an indicator no started measure improves), or the user works for
     * no organisation. Always within the user's tenant: the candidate groups ({@code div-finance}) are shared by
     * every organisation, the tenant is what keeps another organisation's finance tasks out.
     */
    private Optional<TaskQuery> query(CurrentUser user, Filter filter) {
        if (user.organisationId() == null) {
            return Optional.empty();
        }
        List<String> processInstances = filter.indicator() == null ? null
                : planService.processInstancesImproving(filter.indicator(), user.organisationId());
        if (processInstances != null && processInstances.isEmpty()) {
            return Optional.empty();
        }
        TaskQuery query = userQuery(user, filter).tenantIdIn(Tenants.of(user.organisationId()));
        if (processInstances != null) {
            // In the engine's SQL, so paging and counting stay in the database.
            query.processInstanceIdIn(processInstances.toArray(String[]::new));
        }
        return Optional.of(query);
    }

    private TaskQuery userQuery(CurrentUser user, Filter filter) {
        // Without groups there is nothing offered to the user; the engine also refuses an empty group list.
        if (filter.mineOnly() || user.groupIds().isEmpty()) {
            return assignedOnly(user, filter);
        }
        TaskQuery query = taskService.createTaskQuery()
                .or()
                    .taskAssignee(user.userId())
                    .taskCandidateGroupIn(user.groupList())
                    .includeAssignedTasks()
                .endOr();
        return restrict(ownOrganisation(query, user), filter);
    }

    private TaskQuery assignedOnly(CurrentUser user, Filter filter) {
        return restrict(ownOrganisation(taskService.createTaskQuery().taskAssignee(user.userId()), user), filter);
    }

    /**
     * Only tasks of the user's organisation: the candidate groups ({@code div-finance}) are shared by every
     * organisation, and this query runs outside the engine's tenant check (no engine authentication is set).
     */
    private static TaskQuery ownOrganisation(TaskQuery query, CurrentUser user) {
        List<String> tenants = user.tenantIds();
        return tenants.isEmpty() ? query.withoutTenantId() : query.tenantIdIn(tenants.toArray(String[]::new));
    }

    /** Step and due date are filtered in the database, so paging stays right. */
    private TaskQuery restrict(TaskQuery query, Filter filter) {
        if (filter.taskKey() != null) {
            query.taskDefinitionKey(filter.taskKey());
        }
        if (filter.overdueOnly()) {
            Date startOfToday = Date.from(LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant());
            query.processVariableValueLessThan(MeasureVariables.dueDateName(), startOfToday);
        }
        return query;
    }
}
