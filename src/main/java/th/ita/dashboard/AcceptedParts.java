package th.ita.dashboard;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Component;
import th.ita.audit.TaskDivisions;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureVariables;
import th.ita.plan.MeasureStatus;
import th.ita.plan.PlanMeasure;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which divisions' parts of a measure are done, read from the engine's history.
 * <p>
 * A part counts as done when the measure ended done, or when the division has no open task in the measure and
 * its last completed {@code Task_HeadReview} recorded {@code headDecision} = ACCEPT. Why both conditions: an
 * executive's return sends every division back to work, so an old ACCEPT alone would overstate progress, while
 * "no open task" alone would count a part whose process was cut short.
 * <p>
 * Which decision belongs to which review: not the historic variable instance. {@code headDecision} is local to
 * the division's subprocess instance, but its history row keeps the activity instance of the multi-instance
 * body, shared by all divisions, and only its latest value. The variable <em>update</em> (ACT_HI_DETAIL, kept
 * at history level full) carries the activity instance of the very review task whose completion set it, so
 * each review's own decision is found exactly, even after a return and a second review. The division of a
 * task is its candidate group ({@link TaskDivisions}), the same rule as the audit trail.
 */
@Component
class AcceptedParts {

    private final HistoryService historyService;

    AcceptedParts(HistoryService historyService) {
        this.historyService = historyService;
    }

    Set<String> of(PlanMeasure measure) {
        if (measure.status() == MeasureStatus.DONE) {
            return Set.copyOf(measure.divisions());
        }
        if (measure.status() != MeasureStatus.RUNNING) {
            return Set.of();
        }
        Map<String, Object> decisions = decisionsByReview(measure.processInstanceId());
        Map<String, List<HistoricTaskInstance>> tasksByDivision = new HashMap<>();
        historyService.createHistoricTaskInstanceQuery().processInstanceId(measure.processInstanceId()).list()
                .forEach(task -> {
                    String division = TaskDivisions.of(historyService, task.getId());
                    if (division != null) {
                        tasksByDivision.computeIfAbsent(division, k -> new java.util.ArrayList<>()).add(task);
                    }
                });
        return measure.divisions().stream()
                .filter(division -> accepted(tasksByDivision.getOrDefault(division, List.of()), decisions))
                .collect(Collectors.toUnmodifiableSet());
    }

    private boolean accepted(List<HistoricTaskInstance> tasks, Map<String, Object> decisions) {
        if (tasks.isEmpty() || tasks.stream().anyMatch(task -> task.getEndTime() == null)) {
            return false;
        }
        return tasks.stream()
                .filter(task -> ImprovementMeasureProcess.TASK_HEAD_REVIEW.equals(task.getTaskDefinitionKey()))
                .filter(task -> "completed".equals(task.getDeleteReason()))
                .max(Comparator.comparing(HistoricTaskInstance::getEndTime))
                .map(review -> Decision.ACCEPT.name().equals(decisions.get(review.getActivityInstanceId())))
                .orElse(false);
    }

    /** The head's decision set by each review, keyed by the review's activity instance: one query per measure. */
    private Map<String, Object> decisionsByReview(String processInstanceId) {
        Map<String, Object> decisions = new HashMap<>();
        historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates().list()
                .stream().map(HistoricVariableUpdate.class::cast)
                .filter(update -> MeasureVariables.headDecisionName().equals(update.getVariableName()))
                .filter(update -> update.getActivityInstanceId() != null && update.getValue() != null)
                .forEach(update -> decisions.put(update.getActivityInstanceId(), update.getValue()));
        return decisions;
    }
}
