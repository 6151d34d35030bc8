package th.ita.inbox;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import th.ita.measure.MeasureVariables;
import th.ita.plan.PlanService;
import th.ita.workflow.Groups;
import th.ita.workflow.OpenTaskQueries;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a page of tasks into inbox rows with a fixed number of queries, whatever the page's size: the measures'
 * variables in one query, the tasks' divisions in one, the measures' indicators in one, and the
 * titles of plan steps (a plan stands in for the measure) in one, each only when the page needs it.
 * <p>
 * The tasks were found with the user's access rules (see {@link InboxService}); what this reads belongs to those
 * tasks' process instances, so it needs no rule of its own.
 */
@Component
class InboxRows {

    private final InboxPlanTitleReadModel titles;
    private final OpenTaskQueries openTasks;
    private final PlanService planService;

    InboxRows(InboxPlanTitleReadModel titles, OpenTaskQueries openTasks, PlanService planService) {
        this.titles = titles;
        this.openTasks = openTasks;
        this.planService = planService;
    }

    List<TaskRow> of(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> variables = processVariables(tasks.stream()
                .map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, String> divisions = divisions(tasks.stream().map(Task::getId).toList());
        Map<Long, String> planTitles = titles.planTitles(tasks.stream()
                .map(task -> variables.getOrDefault(task.getProcessInstanceId(), Map.of()))
                .filter(v -> MeasureVariables.measureTitle(v) == null)
                .map(MeasureVariables::planId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, List<Integer>> indicators = planService.indicatorsOf(variables.values().stream()
                .map(MeasureVariables::planMeasureId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return tasks.stream().map(task -> {
            Map<String, Object> own = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
            Long planId = MeasureVariables.planId(own);
            String title = MeasureVariables.measureTitle(own);
            Long planMeasureId = MeasureVariables.planMeasureId(own);
            return new TaskRow(task.getId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getName(),
                    title != null || planId == null ? title : planTitles.get(planId),
                    divisions.get(task.getId()), task.getCreateTime(),
                    task.getDueDate() != null ? task.getDueDate() : MeasureVariables.dueDate(own),
                    task.getAssignee(), planMeasureId,
                    planMeasureId == null ? List.of() : indicators.getOrDefault(planMeasureId, List.of()));
        }).toList();
    }

    /** The summary variables of each process instance, in one statement (see {@link OpenTaskQueries}). */
    private Map<String, Map<String, Object>> processVariables(Set<String> processInstanceIds) {
        return openTasks.processVariables(processInstanceIds, MeasureVariables.SUMMARY);
    }

    /**
     * The division of each task, from the candidate group it is offered to ({@code div-finance}, {@code head-finance}):
     * that group is what decides who sees the task, and it is stored per task, whereas the {@code division} variable
     * sits on a multi-instance execution the engine reshapes (see th.ita.audit.TaskDivisions). A task of no division
     * (the coordinator's check, the executive's approval) has none.
     */
    private Map<String, String> divisions(Collection<String> taskIds) {
        Map<String, String> divisions = new HashMap<>();
        openTasks.candidateGroups(taskIds).forEach(link -> {
            String division = divisionOf(link.getValue());
            if (division != null) {
                divisions.putIfAbsent(link.getKey(), division);
            }
        });
        return divisions;
    }

    private static String divisionOf(String group) {
        if (group.startsWith(Groups.DIVISION_PREFIX)) {
            return group.substring(Groups.DIVISION_PREFIX.length());
        }
        return group.startsWith(Groups.HEAD_PREFIX) ? group.substring(Groups.HEAD_PREFIX.length()) : null;
    }
}
