package th.ita.inbox;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.workflow.TaskAccess;
import th.ita.security.CurrentUser;
import th.ita.workflow.EngineUser;
import th.ita.shared.RequiredText;

import th.ita.people.People;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The comment thread of a measure as seen from one of its tasks: every Camunda comment of the process instance
 * (reports, reasons, remarks), oldest first, and adding a remark to the task. Only someone who may see the
 * task reads or writes, whatever the screen showed. Comments are Camunda's own, so the audit history and
 * Camunda Tasklist show them too; they are never edited or deleted here.
 */
@Service
public class TaskCommentService {

    public static final int MAX_COMMENT_LENGTH = 2000;

    private final TaskService taskService;
    private final HistoryService historyService;
    private final TaskAccess taskAccess;
    private final EngineUser engineUser;
    private final People people;

    public TaskCommentService(TaskService taskService, HistoryService historyService, TaskAccess taskAccess,
                              EngineUser engineUser, People people) {
        this.people = people;
        this.taskService = taskService;
        this.historyService = historyService;
        this.taskAccess = taskAccess;
        this.engineUser = engineUser;
    }

    /** The measure's comments, newest last; ties keep the engine's order of writing. */
    @Transactional(readOnly = true)
    public List<TaskComment> thread(String taskId, CurrentUser user) {
        Task task = taskAccess.requireVisible(taskId, user);
        Map<String, String> taskNames = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).list().stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getId, t -> String.valueOf(t.getName())));
        // The engine lists newest first; reversed and then stably sorted, so the order holds even when unsorted.
        List<Comment> comments = new ArrayList<>(taskService.getProcessInstanceComments(task.getProcessInstanceId()));
        Collections.reverse(comments);
        Map<String, String> authors = people.labels(comments.stream().map(Comment::getUserId).toList());
        return comments.stream()
                .sorted(Comparator.comparing(Comment::getTime))
                .map(c -> new TaskComment(c.getId(), c.getTime(), c.getUserId(), authors.get(c.getUserId()), c.getTaskId(),
                        c.getTaskId() == null ? null : taskNames.get(c.getTaskId()), c.getFullMessage()))
                .toList();
    }

    /** Adds a remark to the task, recorded under the user's id by the engine. */
    @Transactional
    public TaskComment add(String taskId, String text, CurrentUser user) {
        Task task = taskAccess.requireVisible(taskId, user);
        String message = RequiredText.require(text, "comment.field.text", MAX_COMMENT_LENGTH);
        Comment comment = engineUser.call(user, () ->
                taskService.createComment(task.getId(), task.getProcessInstanceId(), message));
        return new TaskComment(comment.getId(), comment.getTime(), comment.getUserId(),
                people.name(comment.getUserId()).label(), task.getId(), task.getName(), comment.getFullMessage());
    }
}
