package th.ita.audit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.audit.TimelineEntry.Kind;
import th.ita.evidence.EvidenceService;
import th.ita.measure.ImprovementMeasureProcess;

import java.util.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who did what and when, for every measure: Camunda's full history (process and task instances with
 * their assignees), the comments, and the evidence with its SHA-256. Read-only by construction: this
 * service offers no way to change any of it. Everyone logged in may read it.
 */
@Service
@Transactional(readOnly = true)
public class MeasureHistoryService {

    private final HistoryService historyService;
    private final TaskService taskService;
    private final EvidenceService evidenceService;

    public MeasureHistoryService(HistoryService historyService, TaskService taskService,
                                 EvidenceService evidenceService) {
        this.historyService = historyService;
        this.taskService = taskService;
        this.evidenceService = evidenceService;
    }

    public long countMeasures() {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ImprovementMeasureProcess.KEY).count();
    }

    public List<MeasureSummary> measures(int offset, int limit) {
        List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ImprovementMeasureProcess.KEY)
                .orderByProcessInstanceStartTime().desc()
                .listPage(offset, limit);
        if (instances.isEmpty()) {
            return List.of();
        }
        Map<String, Object> titles = historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .variableName("measureTitle")
                .list().stream()
                .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId,
                        v -> String.valueOf(v.getValue()), (a, b) -> a));
        return instances.stream()
                .map(pi -> new MeasureSummary(pi.getId(), (String) titles.get(pi.getId()), pi.getStartTime(),
                        pi.getStartUserId(), pi.getEndTime(),
                        ImprovementMeasureProcess.END_DONE.equals(pi.getEndActivityId())))
                .toList();
    }

    /** The measure's history, oldest first. */
    public List<TimelineEntry> timeline(String processInstanceId) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return List.of();
        }
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(instance.getStartTime(), instance.getStartUserId(), Kind.STARTED, null, null));
        Map<String, String> taskNames = new java.util.HashMap<>();
        historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list().forEach(task -> {
            taskNames.put(task.getId(), task.getName());
            if (task.getEndTime() != null && "completed".equals(task.getDeleteReason())) {
                entries.add(new TimelineEntry(task.getEndTime(), task.getAssignee(), Kind.TASK_COMPLETED,
                        task.getName(), null));
            }
        });
        taskService.getProcessInstanceComments(processInstanceId).forEach(comment ->
                entries.add(new TimelineEntry(comment.getTime(), comment.getUserId(), Kind.COMMENT,
                        taskNames.get(comment.getTaskId()), comment.getFullMessage())));
        evidenceService.forProcessInstance(processInstanceId).forEach(evidence ->
                entries.add(new TimelineEntry(Date.from(evidence.uploadedAt().toInstant()), evidence.uploadedBy(),
                        Kind.EVIDENCE, taskNames.get(evidence.taskId()),
                        evidence.fileName() + " · SHA-256 " + evidence.sha256())));
        if (instance.getEndTime() != null) {
            entries.add(new TimelineEntry(instance.getEndTime(), null, Kind.ENDED, null, null));
        }
        // Stable order: by time, and for equal times in the order a person would tell it.
        entries.sort(Comparator.comparing(TimelineEntry::time).thenComparing(TimelineEntry::kind));
        return entries;
    }
}
