package th.ita.support;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import th.ita.evidence.EvidenceFile;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureTaskService;
import th.ita.plan.MeasureInput;
import th.ita.plan.Plan;
import th.ita.plan.PlanService;
import th.ita.shared.FiscalYear;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.List;

/**
 * Work of a test's own organisation ({@link TestOrganisations#onboard()}), done by its people through the same
 * services as the screens: an approved plan whose measures run, and a measure walked to the executive. For the
 * tests that prove another organisation cannot see it.
 */
@Component
public class OrganisationWork {

    /** The current fiscal year: a plan of an ended year is never approved. */
    public static final FiscalYear YEAR = TestYears.current();

    private final PlanService plans;
    private final th.ita.plan.MeasureStartJobs startJobs;
    private final MeasureTaskService tasks;
    private final TaskService taskService;

    OrganisationWork(PlanService plans, MeasureTaskService tasks, TaskService taskService,
                     th.ita.plan.MeasureStartJobs startJobs) {
        this.plans = plans;
        this.startJobs = startJobs;
        this.tasks = tasks;
        this.taskService = taskService;
    }

    /** A draft plan of the current fiscal year of the organisation with one measure (indicator 8) for the divisions. */
    public long draftPlan(TestOrganisation org, String... divisions) {
        var coordinator = org.user("coordinator");
        long plan = plans.createDraft(org.id(), YEAR, coordinator);
        plans.addMeasure(plan, new MeasureInput("มาตรการของ " + org.prefix(), List.of("EIT"), List.of(8),
                List.of(divisions), null), coordinator);
        return plan;
    }

    /** An approved plan: its one measure's process waits for the divisions' work. */
    public Plan approvedPlan(TestOrganisation org, String... divisions) {
        long plan = draftPlan(org, divisions);
        plans.submitForApproval(plan, null, org.user("coordinator"));
        plans.approve(plan, org.user("mayor"));
        // The measures start in jobs of their own; the tests' engine has no job executor.
        startJobs.runNow(plan);
        return plans.find(plan).orElseThrow();
    }

    /** The process instance of the plan's first measure. */
    public static String measureProcess(Plan plan) {
        return plan.measures().get(0).processInstanceId();
    }

    public Task task(String processInstanceId, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .list().get(0);
    }

    /** The division's officer reports its part of the measure with a PDF and these links on the website. */
    public void submitWithLinks(TestOrganisation org, String processInstanceId, String division, List<String> links) {
        Task work = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(ImprovementMeasureProcess.TASK_DIVISION_WORK)
                .taskCandidateGroup("div-" + division).singleResult();
        tasks.submitWork(work.getId(), "เผยแพร่บนเว็บไซต์แล้ว",
                List.of(new EvidenceFile("รายงาน-" + division + ".pdf", TestPdf.minimal(division))), links,
                org.user(division + ".officer"));
    }

    /** Each division reports with a PDF, its head accepts, the coordinator finds it complete. */
    public void toExecutive(TestOrganisation org, String processInstanceId, String... divisions) {
        for (String division : divisions) {
            Task work = taskService.createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(ImprovementMeasureProcess.TASK_DIVISION_WORK)
                    .taskCandidateGroup("div-" + division).singleResult();
            tasks.submitWork(work.getId(), "ดำเนินการแล้ว",
                    List.of(new EvidenceFile("รายงาน-" + division + ".pdf", TestPdf.minimal(division))),
                    org.user(division + ".officer"));
            Task review = taskService.createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(ImprovementMeasureProcess.TASK_HEAD_REVIEW)
                    .taskCandidateGroup("head-" + division).singleResult();
            tasks.reviewAsHead(review.getId(), Decision.ACCEPT, null, org.user(division + ".head"));
        }
        tasks.checkAsCoordinator(task(processInstanceId, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK).getId(),
                Decision.COMPLETE, null, null, org.user("coordinator"));
    }
}
