package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import th.ita.decision.CoveredEvidence;
import th.ita.decision.DecisionNotOnRecordException;
import th.ita.decision.DecisionRecord;
import th.ita.decision.Decisions;
import th.ita.workflow.Groups;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Before the measure is recorded done: the latest decision of the process instance must be the executive's
 * APPROVE at Task_ExecutiveApproval, taken after every division's latest work and covering exactly the latest
 * submission of every division. Reaching ServiceTask_RecordDone any other way (a process-instance modification)
 * throws, and the engine rolls the whole step back.
 */
@Component
class ExecutiveApprovalOnRecord {

    private final Decisions decisions;
    private final MeasureDecisionSteps steps;

    ExecutiveApprovalOnRecord(Decisions decisions, MeasureDecisionSteps steps) {
        this.decisions = decisions;
        this.steps = steps;
    }

    void require(DelegateExecution execution) {
        String pi = execution.getProcessInstanceId();
        DecisionRecord approval = decisions.latest(pi)
                .filter(r -> ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL.equals(r.step()))
                .filter(r -> Decision.APPROVE.name().equals(r.decision()))
                .filter(r -> Groups.EXECUTIVE.equals(r.role()))
                .orElseThrow(() -> new DecisionNotOnRecordException(pi,
                        "the latest decision must be an executive APPROVE of " + ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL));
        var engine = execution.getProcessEngineServices();
        boolean workOpen = engine.getTaskService().createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey(ImprovementMeasureProcess.TASK_DIVISION_WORK).count() > 0;
        boolean workAfter = engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi)
                .taskDefinitionKey(ImprovementMeasureProcess.TASK_DIVISION_WORK).finished().list().stream()
                .map(HistoricTaskInstance::getEndTime)
                .anyMatch(end -> end.toInstant().isAfter(approval.decidedAt()));
        if (workOpen || workAfter) {
            throw new DecisionNotOnRecordException(pi, "a division worked after the executive's approval");
        }
        Set<String> covered = ids(approval.evidenceItems());
        Set<String> latest = ids(steps.latestRound(pi, MeasureVariables.divisions(execution)::contains));
        if (!covered.equals(latest)) {
            throw new DecisionNotOnRecordException(pi, "the approval does not cover every division's latest evidence");
        }
    }

    private static Set<String> ids(List<CoveredEvidence> items) {
        return items.stream().map(CoveredEvidence::id).collect(Collectors.toSet());
    }
}
