package th.ita.workflow;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import th.ita.shared.UserInputException;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may act on a task: someone of the task's organisation (its tenant) who is its assignee, or, while nobody has
 * claimed it, a member of one of its candidate groups. Checked by every service that touches a task, whatever the
 * screen showed. The candidate groups are shared by all organisations ({@code div-finance}), so the organisation
 * comes first: another municipality's finance task is "gone", as if it did not exist.
 */
@Component
public class TaskAccess {

    private final TaskService taskService;

    public TaskAccess(TaskService taskService) {
        this.taskService = taskService;
    }

    /** The open task if the user may see it; {@link UserInputException} if it is gone (completed meanwhile). */
    public Task requireVisible(String taskId, EngineActor user) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null || !user.tenantIds().contains(task.getTenantId())) {
            throw new UserInputException("task.error.gone");
        }
        if (!user.userId().equals(task.getAssignee()) && !isCandidate(task, user)) {
            throw new AccessDeniedException("task " + taskId + " is not for " + user.userId());
        }
        return task;
    }

    /** The open task if the user may complete it now, and it is the expected step of the process. */
    public Task requireActionable(String taskId, EngineActor user, String expectedTaskKey) {
        Task task = requireVisible(taskId, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
            throw new UserInputException("task.error.claimedByOther", task.getAssignee());
        }
        if (!expectedTaskKey.equals(task.getTaskDefinitionKey())) {
            throw new AccessDeniedException("task " + taskId + " is " + task.getTaskDefinitionKey() + ", not " + expectedTaskKey);
        }
        return task;
    }

    public Set<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
    }

    private boolean isCandidate(Task task, EngineActor user) {
        return candidateGroups(task.getId()).stream().anyMatch(user::isMemberOf);
    }
}
