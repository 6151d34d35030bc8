package th.ita.support;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import th.ita.evidence.EvidenceFile;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureTaskService;
import th.ita.security.CurrentUser;

import java.util.List;
import java.util.function.Function;

/**
 * Walks a measure's steps through the same services as the screens, as the demo accounts (`finance.officer`,
 * `finance.head`, `coordinator`, `mayor`), or as the same roles of a test's own organisation ({@link #of}), for
 * tests that need a measure at a given step.
 */
@Component
public class MeasureSteps {

    private final MeasureTaskService tasks;
    private final TaskService taskService;
    private final Function<String, CurrentUser> users;

    @Autowired
    MeasureSteps(MeasureTaskService tasks, TaskService taskService, TestUsers users) {
        this(tasks, taskService, users::user);
    }

    private MeasureSteps(MeasureTaskService tasks, TaskService taskService, Function<String, CurrentUser> users) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.users = users;
    }

    /** The same steps taken by the people of that organisation ({@code <prefix>.finance.officer}...). */
    public MeasureSteps of(TestOrganisations.TestOrganisation organisation) {
        return new MeasureSteps(tasks, taskService, organisation::user);
    }

    /** The open task of the process at {@code taskKey}, offered to {@code candidateGroup} (or to anyone, if null). */
    public Task task(String processInstanceId, String taskKey, String candidateGroup) {
        var query = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey);
        return (candidateGroup == null ? query : query.taskCandidateGroup(candidateGroup)).singleResult();
    }

    /** The division's officer reports the work with one PDF. */
    public void submit(String processInstanceId, String division) {
        tasks.submitWork(task(processInstanceId, ImprovementMeasureProcess.TASK_DIVISION_WORK, "div-" + division).getId(),
                "ดำเนินการแล้ว", List.of(new EvidenceFile("รายงาน-" + division + ".pdf", TestPdf.minimal(division))),
                users.apply(division + ".officer"));
    }

    /** The division's head decides on the submitted part. */
    public void review(String processInstanceId, String division, Decision decision, String reason) {
        tasks.reviewAsHead(task(processInstanceId, ImprovementMeasureProcess.TASK_HEAD_REVIEW, "head-" + division).getId(),
                decision, reason, users.apply(division + ".head"));
    }

    /** Each division submits and its head accepts. */
    public void accept(String processInstanceId, String... divisions) {
        for (String division : divisions) {
            submit(processInstanceId, division);
            review(processInstanceId, division, Decision.ACCEPT, null);
        }
    }

    public void checkComplete(String processInstanceId) {
        tasks.checkAsCoordinator(task(processInstanceId, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, null).getId(),
                Decision.COMPLETE, null, null, users.apply("coordinator"));
    }

    public void approve(String processInstanceId) {
        tasks.decideAsExecutive(task(processInstanceId, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL, null).getId(),
                Decision.APPROVE, null, users.apply("mayor"));
    }
}
