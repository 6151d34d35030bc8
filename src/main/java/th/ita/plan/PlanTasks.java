package th.ita.plan;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import th.ita.workflow.TaskAccess;
import th.ita.workflow.TaskCompletion;
import th.ita.workflow.OrganisationVariable;
import th.ita.security.CurrentUser;
import th.ita.workflow.EngineUser;
import th.ita.shared.UserInputException;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's {@code improvement-plan} process, as {@link PlanService} drives it: started with the draft, its
 * user tasks completed as the acting user (the engine checks the candidate groups and records who), and the
 * coordinator's "close the year" message. The callers check roles and input first.
 */
@Component
class PlanTasks {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TaskAccess taskAccess;
    private final EngineUser engineUser;
    private final TaskCompletion completion;

    PlanTasks(RuntimeService runtimeService, TaskService taskService, TaskAccess taskAccess, EngineUser engineUser,
              TaskCompletion completion) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.taskAccess = taskAccess;
        this.engineUser = engineUser;
        this.completion = completion;
    }

    /** Starts the plan's process as its organisation's: its measures, tasks and history carry the tenant. */
    void start(long organisationId, long planId, LocalDate lastDayOfYear, CurrentUser user) {
        engineUser.run(user, () -> runtimeService.startProcessInstanceByKey(PlanProcess.KEY,
                PlanProcess.businessKey(planId), PlanVariables.start(planId, lastDayOfYear)
                        .putValue(OrganisationVariable.NAME, organisationId)));
    }

    /** Completes the plan's open task {@code taskKey}; a plan not at that step gets a message, not an error page. */
    void complete(long planId, String taskKey, VariableMap variables, String comment, CurrentUser user) {
        // One engine command: finding the task, checking the user, completing it.
        completion.inOneCommand(user, () -> {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(PlanProcess.businessKey(planId))
                    .processDefinitionKey(PlanProcess.KEY).taskDefinitionKey(taskKey).singleResult();
            if (task == null) {
                throw new UserInputException("plan.error.notAtStep");
            }
            return taskAccess.requireActionable(task.getId(), user, taskKey);
        }, task -> completion.completeNow(task, comment, Map.of(), variables, user));
    }

    void closeYear(long planId, CurrentUser user) {
        try {
            engineUser.run(user, () -> runtimeService.createMessageCorrelation(PlanProcess.MESSAGE_CLOSE_YEAR)
                    .processInstanceBusinessKey(PlanProcess.businessKey(planId)).correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw new UserInputException("plan.error.notAtStep");
        }
    }

    /**
     * Whether the coordinator may edit the draft: its process waits at the drafting step. A plan drafted before
     * plans had a process has none and stays editable while it is a draft.
     */
    boolean editable(long planId) {
        return !hasProcess(planId) || taskService.createTaskQuery().processInstanceBusinessKey(PlanProcess.businessKey(planId))
                .processDefinitionKey(PlanProcess.KEY).taskDefinitionKey(PlanProcess.TASK_DRAFT_PLAN).count() > 0;
    }

    /** Whether the plan has a running process (a history plan, or one drafted before plans had processes, has none). */
    boolean hasProcess(long planId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanProcess.KEY)
                .processInstanceBusinessKey(PlanProcess.businessKey(planId)).count() > 0;
    }

    /** Whether the plan's year is running and may be closed (its process waits for the year-end message). */
    boolean yearOpen(long planId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanProcess.KEY)
                .processInstanceBusinessKey(PlanProcess.businessKey(planId)).list().stream()
                .anyMatch(instance -> runtimeService.createEventSubscriptionQuery().processInstanceId(instance.getId())
                        .eventName(PlanProcess.MESSAGE_CLOSE_YEAR).count() > 0);
    }

    /** The key of the plan's open task this user could act on, if any. */
    Optional<String> pendingStep(long planId, CurrentUser user) {
        if (user.tenantIds().isEmpty()) {
            return Optional.empty();
        }
        // Within the user's tenant: the groups (executive, ita-coordinator) are every organisation's.
        return taskService.createTaskQuery().processInstanceBusinessKey(PlanProcess.businessKey(planId))
                .processDefinitionKey(PlanProcess.KEY).tenantIdIn(user.tenantIds().toArray(String[]::new)).list().stream()
                .filter(task -> taskAccess.candidateGroups(task.getId()).stream().anyMatch(user::isMemberOf))
                .map(Task::getTaskDefinitionKey).findFirst();
    }
}
