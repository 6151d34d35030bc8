package th.ita.oit;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import th.ita.evidence.EvidenceFile;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureTaskService;
import th.ita.plan.MeasureInput;
import th.ita.plan.MeasureStartJobs;
import th.ita.plan.PlanService;
import th.ita.shared.FiscalYear;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestPdf;

import java.util.List;

/**
 * What the OIT tests start from: an approved FY 2566 plan of one OIT measure for one division, whose officer has
 * submitted the division's work with a PDF and these links (the evidence the board is pre-filled from and the
 * checker fetches). A plan of an ended year is never approved, so the plan runs in the current fiscal year and is then
 * filed under FY 2566, the year whose framework lists the OIT items the tests answer.
 */
@Component
class LinkedEvidence {

    private static final FiscalYear Y2566 = FiscalYear.of(2566);

    private final PlanService plans;
    private final MeasureStartJobs startJobs;
    private final TaskService taskService;
    private final MeasureTaskService tasks;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    LinkedEvidence(PlanService plans, MeasureStartJobs startJobs, TaskService taskService, MeasureTaskService tasks,
                   org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.startJobs = startJobs;
        this.taskService = taskService;
        this.tasks = tasks;
    }

    /** The measure's process instance. */
    String submitted(TestOrganisation org, String division, List<String> links) {
        var coordinator = org.user("coordinator");
        long planId = plans.createDraft(org.id(), th.ita.support.TestYears.current(), coordinator);
        plans.addMeasure(planId, new MeasureInput("มาตรการเผยแพร่ข้อมูล", List.of("OIT"), List.of(9), List.of(division), null), coordinator);
        plans.submitForApproval(planId, null, coordinator);
        plans.approve(planId, org.user("mayor"));
        startJobs.runNow(planId);
        th.ita.support.TestYears.fileUnder(jdbc, planId, Y2566);
        String measure = plans.find(planId).orElseThrow().measures().get(0).processInstanceId();
        Task task = taskService.createTaskQuery().processInstanceId(measure)
                .taskDefinitionKey(ImprovementMeasureProcess.TASK_DIVISION_WORK).singleResult();
        tasks.submitWork(task.getId(), "เผยแพร่แล้ว", List.of(new EvidenceFile("a.pdf", TestPdf.minimal("a"))),
                links, org.user(division + ".officer"));
        return measure;
    }
}
