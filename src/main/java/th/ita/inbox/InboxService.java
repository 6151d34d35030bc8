package th.ita.inbox;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.measure.MeasureVariables;
import th.ita.measure.TaskAccess;
import th.ita.security.CurrentUser;
import th.ita.security.EngineUser;
import th.ita.shared.UserInputException;

import java.util.List;
import java.util.Map;

/**
 * The tasks a user may work on: assigned to them, or offered to one of their groups (a division, its head,
 * the executives). Paged in the database, never all rows at once.
 */
@Service
public class InboxService {

    private final TaskService taskService;
    private final TaskAccess taskAccess;
    private final EngineUser engineUser;

    public InboxService(TaskService taskService, TaskAccess taskAccess, EngineUser engineUser) {
        this.taskService = taskService;
        this.taskAccess = taskAccess;
        this.engineUser = engineUser;
    }

    /** Restricts to one step of the process (e.g. executive approval), or all steps when {@code taskKey} is null. */
    public record Filter(String taskKey) {
        public static final Filter ALL = new Filter(null);
    }

    @Transactional(readOnly = true)
    public long count(CurrentUser user, Filter filter) {
        return user.groupIds().isEmpty() ? countAssigned(user, filter) : query(user, filter).count();
    }

    @Transactional(readOnly = true)
    public List<TaskRow> page(CurrentUser user, Filter filter, int offset, int limit) {
        TaskQuery query = user.groupIds().isEmpty() ? assignedOnly(user, filter) : query(user, filter);
        return query.orderByTaskCreateTime().asc().orderByTaskId().asc()
                .listPage(offset, limit).stream()
                .map(this::toRow)
                .toList();
    }

    @Transactional(readOnly = true)
    public TaskRow get(String taskId, CurrentUser user) {
        return toRow(taskAccess.requireVisible(taskId, user));
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
        engineUser.run(user, () -> taskService.claim(taskId, user.userId()));
    }

    @Transactional
    public void unclaim(String taskId, CurrentUser user) {
        Task task = taskAccess.requireVisible(taskId, user);
        if (!user.userId().equals(task.getAssignee())) {
            throw new UserInputException("task.error.notYours");
        }
        engineUser.run(user, () -> taskService.setAssignee(taskId, null));
    }

    private TaskQuery query(CurrentUser user, Filter filter) {
        TaskQuery query = taskService.createTaskQuery()
                .or()
                    .taskAssignee(user.userId())
                    .taskCandidateGroupIn(user.groupList())
                    .includeAssignedTasks()
                .endOr();
        return filter.taskKey() == null ? query : query.taskDefinitionKey(filter.taskKey());
    }

    private TaskQuery assignedOnly(CurrentUser user, Filter filter) {
        TaskQuery query = taskService.createTaskQuery().taskAssignee(user.userId());
        return filter.taskKey() == null ? query : query.taskDefinitionKey(filter.taskKey());
    }

    private long countAssigned(CurrentUser user, Filter filter) {
        return assignedOnly(user, filter).count();
    }

    private TaskRow toRow(Task task) {
        Map<String, Object> variables = taskService.getVariables(task.getId(), MeasureVariables.SUMMARY);
        return new TaskRow(task.getId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getName(),
                MeasureVariables.measureTitle(variables), MeasureVariables.division(variables),
                task.getCreateTime(), task.getDueDate(), task.getAssignee());
    }
}
