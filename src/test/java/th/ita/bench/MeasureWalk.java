package th.ita.bench;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import th.ita.evidence.EvidenceFile;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureTaskService;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestPdf;

import java.util.List;

/**
 * A measure's steps done by the organisation's people through {@link MeasureTaskService}, the service the task
 * screens call; the task is found the way the inbox finds it, by process, step and the division's group.
 */
final class MeasureWalk {

    private static final byte[] EVIDENCE = TestPdf.minimal("หลักฐานการดำเนินงาน");

    private final MeasureTaskService tasks;
    private final TaskService taskService;

    MeasureWalk(MeasureTaskService tasks, TaskService taskService) {
        this.tasks = tasks;
        this.taskService = taskService;
    }

    void submit(TestOrganisation org, String processInstanceId, String division) {
        tasks.submitWork(task(processInstanceId, ImprovementMeasureProcess.TASK_DIVISION_WORK, "div-" + division).getId(),
                "ดำเนินการแล้ว เผยแพร่บนเว็บไซต์", List.of(evidence(division)),
                org.user(division + ".officer"));
    }

    static EvidenceFile evidence(String division) {
        return new EvidenceFile("รายงาน-" + division + ".pdf", EVIDENCE);
    }

    void review(TestOrganisation org, String processInstanceId, String division, boolean accept) {
        tasks.reviewAsHead(task(processInstanceId, ImprovementMeasureProcess.TASK_HEAD_REVIEW, "head-" + division).getId(),
                accept ? Decision.ACCEPT : Decision.RETURN, accept ? null : "ขอหลักฐานเพิ่มเติม",
                org.user(division + ".head"));
    }

    void check(TestOrganisation org, String processInstanceId) {
        tasks.checkAsCoordinator(task(processInstanceId, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, null).getId(),
                Decision.COMPLETE, null, null, org.user("coordinator"));
    }

    void approve(TestOrganisation org, String processInstanceId) {
        tasks.decideAsExecutive(task(processInstanceId, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL, null).getId(),
                Decision.APPROVE, null, org.user("mayor"));
    }

    /** Every division's part done and accepted: the measure waits for the coordinator's check. */
    void toCoordinator(TestOrganisation org, String processInstanceId, List<String> divisions) {
        for (String division : divisions) {
            submit(org, processInstanceId, division);
            review(org, processInstanceId, division, true);
        }
    }

    void toExecutive(TestOrganisation org, String processInstanceId, List<String> divisions) {
        toCoordinator(org, processInstanceId, divisions);
        check(org, processInstanceId);
    }

    Task task(String processInstanceId, String step, String candidateGroup) {
        var query = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step);
        if (candidateGroup != null) {
            query.taskCandidateGroup(candidateGroup);
        }
        return query.singleResult();
    }
}
