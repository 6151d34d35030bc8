package th.ita.workflow;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import th.ita.shared.UserInputException;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Completes a user task as the acting user, the same way for every step of both processes: claim it if nobody
 * has, keep the comment (it is the step's reason or report in the history), complete with the variables. A form
 * rule or step guard the engine refuses reaches the caller as the user's message. The caller has checked access
 * and input.
 * <p>
 * Two people deciding the same task at once (two executives, say): the engine lets one commit and fails the other
 * (its claim finds the task claimed, or its update loses the optimistic lock). The loser's transaction rolls back
 * whole and they are told who decided first.
 */
@Component
public class TaskCompletion {

    private final TaskService taskService;
    private final HistoryService historyService;
    private final EngineUser engineUser;
    private final TransactionTemplate separateReadOnly;

    public TaskCompletion(TaskService taskService, HistoryService historyService, EngineUser engineUser,
                          PlatformTransactionManager transactions) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.engineUser = engineUser;
        this.separateReadOnly = new TransactionTemplate(transactions);
        separateReadOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        separateReadOnly.setReadOnly(true);
    }

    public void complete(Task task, String comment, Map<String, Object> variables, EngineActor user) {
        inOneCommand(user, () -> task, found -> completeNow(found, comment, Map.of(), variables, user));
    }

    /**
     * Runs a whole user action on a task — finding and checking the task, the reads the action needs, its evidence,
     * the completion — as one engine command: one command context and one flush of the engine's changes, instead of
     * one per engine call. A lost race (see {@link #lostRace}) is reported as who decided first.
     */
    public void inOneCommand(EngineActor user, Supplier<Task> findTask, Consumer<Task> action) {
        AtomicReference<String> taskId = new AtomicReference<>();
        try {
            engineUser.run(user, () -> {
                Task task = findTask.get();
                taskId.set(task.getId());
                action.accept(task);
            });
        } catch (RuntimeException failure) {
            if (taskId.get() != null && lostRace(failure)) {
                throw decidedFirst(taskId.get());
            }
            throw failure;
        }
    }

    /**
     * Inside {@link #inOneCommand}: claims the task if nobody has, keeps the comment, sets the variables local to the
     * task (a report that parallel divisions must not overwrite) and completes it with the process variables.
     */
    public void completeNow(Task task, String comment, Map<String, Object> taskLocalVariables, Map<String, Object> variables,
                     EngineActor user) {
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), user.userId());
        }
        if (comment != null) {
            taskService.createComment(task.getId(), task.getProcessInstanceId(), comment);
        }
        if (!taskLocalVariables.isEmpty()) {
            taskService.setVariablesLocal(task.getId(), taskLocalVariables);
        }
        taskService.complete(task.getId(), variables);
    }

    /**
     * The engine's own conflicts, and our decision record's (its chain takes one row at a time), which reaches us
     * wrapped in the engine's task-listener exception. A task gone at completion was completed meanwhile; so was a
     * process whose executions a task listener finds gone (the winner ended it), also wrapped.
     */
    private static boolean lostRace(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof TaskAlreadyClaimedException
                    || cause instanceof NullValueException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Read outside the failed transaction: the winner's completion is committed, ours is being rolled back. When the
     * task is still open, the conflict was with another step of the same measure (two heads deciding their parts in
     * the same instant): nothing was saved, and the user may simply try again.
     */
    private UserInputException decidedFirst(String taskId) {
        Optional<String> winner = Optional.ofNullable(separateReadOnly.execute(status -> {
            HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                    .singleResult();
            return done == null ? null : done.getAssignee();
        }));
        return winner.map(who -> new UserInputException("task.error.decidedBy", who))
                .orElseGet(() -> new UserInputException("task.error.tryAgain"));
    }
}
