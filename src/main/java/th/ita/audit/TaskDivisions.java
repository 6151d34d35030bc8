package th.ita.audit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.task.IdentityLinkType;
import th.ita.workflow.Groups;

/**
 * The division a task was for, read from the candidate group the task was offered to ({@code div-finance},
 * {@code head-finance}), as the engine's history kept it.
 * <p>
 * Why the candidate group and not the {@code division} variable: the group is what actually decided who could
 * see and complete the task, it is stored per task (ACT_HI_IDENTITYLINK) and stays true after the process ends.
 * The variable is local to one multi-instance execution; reaching it from a task means walking execution or
 * activity-instance parents, a tree the engine reshapes (executions are reused and pruned, a returned division
 * loops) — correct today, silently wrong after a BPMN change. Tasks without a division group (the executive's
 * approval) have no division.
 */
public final class TaskDivisions {

    private TaskDivisions() {
    }

    public static String of(HistoryService historyService, String taskId) {
        return historyService.createHistoricIdentityLinkLogQuery().taskId(taskId).type(IdentityLinkType.CANDIDATE)
                .list().stream()
                .map(HistoricIdentityLinkLog::getGroupId)
                .filter(group -> group != null)
                .map(TaskDivisions::ofGroup)
                .filter(code -> code != null)
                .findFirst().orElse(null);
    }

    /** The division of a candidate group ({@code div-finance}, {@code head-finance}); null for any other group. */
    public static String ofGroup(String groupId) {
        if (groupId == null) {
            return null;
        }
        if (groupId.startsWith(Groups.DIVISION_PREFIX)) {
            return groupId.substring(Groups.DIVISION_PREFIX.length());
        }
        if (groupId.startsWith(Groups.HEAD_PREFIX)) {
            return groupId.substring(Groups.HEAD_PREFIX.length());
        }
        return null;
    }
}
