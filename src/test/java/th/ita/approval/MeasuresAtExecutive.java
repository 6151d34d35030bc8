package th.ita.approval;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import th.ita.evidence.EvidenceFile;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.measure.MeasureTaskService;
import th.ita.support.TestPdf;
import th.ita.support.TestUsers;

import java.util.List;
import java.util.UUID;

/** Walks a fresh one-division measure to the executive, through the same services as the screens. */
@Component
public class MeasuresAtExecutive {

    public static final String HEAD_COMMENT = "หลักฐานครบถ้วน";
    public static final String COORDINATOR_COMMENT = "ตรวจแล้วครบทุกกอง";

    private final MeasureService measureService;
    private final MeasureTaskService measureTasks;
    private final TaskService taskService;
    private final TestUsers users;

    MeasuresAtExecutive(MeasureService measureService, MeasureTaskService measureTasks, TaskService taskService,
                        TestUsers users) {
        this.measureService = measureService;
        this.measureTasks = measureTasks;
        this.taskService = taskService;
        this.users = users;
    }

    /** A new measure of the finance division, accepted by its head and found complete by the coordinator; returns the process instance id. */
    public String start(String titlePrefix) {
        String pi = measureService.start(titlePrefix + " " + UUID.randomUUID(), List.of("finance"),
                users.user("coordinator"));
        measureTasks.submitWork(task(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK).getId(), "ทำแล้ว",
                List.of(new EvidenceFile("รายงาน.pdf", TestPdf.minimal("report"))), users.user("finance.officer"));
        measureTasks.reviewAsHead(task(pi, ImprovementMeasureProcess.TASK_HEAD_REVIEW).getId(), Decision.ACCEPT,
                HEAD_COMMENT, users.user("finance.head"));
        measureTasks.checkAsCoordinator(task(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK).getId(),
                Decision.COMPLETE, null, COORDINATOR_COMMENT, users.user("coordinator"));
        return pi;
    }

    public Task executiveTask(String processInstanceId) {
        return task(processInstanceId, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL);
    }

    private Task task(String processInstanceId, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
    }
}
