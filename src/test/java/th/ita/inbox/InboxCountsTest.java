package th.ita.inbox;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import th.ita.evidence.EvidenceFile;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.measure.MeasureTaskService;
import th.ita.plan.PlanProcess;
import th.ita.security.CurrentUser;
import th.ita.support.OrganisationWork;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestPdf;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The badges' counts come from one grouped SQL query of our own; they must be the numbers the inbox's engine task
 * query gives for the same filters, for every role, and a user's own work must show in them at once.
 */
@SpringBootTest
@ActiveProfiles("test")
class InboxCountsTest {

    private static final List<String> STEPS = List.of(ImprovementMeasureProcess.TASK_DIVISION_WORK,
            ImprovementMeasureProcess.TASK_HEAD_REVIEW, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK,
            ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL, PlanProcess.TASK_DRAFT_PLAN, PlanProcess.TASK_APPROVE_PLAN);

    @Autowired InboxService inbox;
    @Autowired TestOrganisations organisations;
    @Autowired OrganisationWork work;
    @Autowired MeasureService measures;
    @Autowired MeasureTaskService measureTasks;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

    @Test
    void badgeCounts_areTheInboxCountsOfEachStepAndOfTheOverdue_forEveryRole() {
        TestOrganisation org = organisations.onboard();
        TestOrganisation other = organisations.onboard();
        // The plan's measure is overdue (made so by hand below: its plan is of the current year, since an ended year's
        // is never approved). A measure outside a plan has no due date.
        String planMeasure = OrganisationWork.measureProcess(work.approvedPlan(org, "finance", "works"));
        String ownMeasure = measures.start("มาตรการนอกแผน", List.of("finance"), org.user("coordinator"));
        measures.start("มาตรการของหน่วยงานอื่น", List.of("finance"), other.user("coordinator"));
        submit(org, planMeasure, "works");
        runtimeService.createVariableInstanceQuery().processInstanceIdIn(planMeasure).variableName("dueDate").list()
                .forEach(v -> runtimeService.setVariablesLocal(v.getExecutionId(),
                        th.ita.measure.MeasureVariables.due(java.time.LocalDate.now().minusDays(1))));
        Task financeWork = work.task(ownMeasure, ImprovementMeasureProcess.TASK_DIVISION_WORK);
        inbox.claim(financeWork.getId(), org.user("finance.officer"));
        // A step of a plan's own process: the other organisation's coordinator drafts.
        work.draftPlan(other, "office");

        List<CurrentUser> everyone = new java.util.ArrayList<>(List.of(other.user("coordinator"), other.user("finance.officer")));
        for (String role : List.of("finance.officer", "finance.head", "works.officer", "works.head", "office.officer",
                "coordinator", "mayor", "admin")) {
            everyone.add(org.user(role));
        }
        for (CurrentUser user : everyone) {
            String role = user.userId();
            TaskCounts counts = inbox.counts(user);
            assertThat(counts.total()).as(role).isEqualTo(inbox.count(user, InboxService.Filter.ALL));
            assertThat(counts.overdue()).as(role).isEqualTo(inbox.count(user, new InboxService.Filter(null, false, true)));
            for (String step : STEPS) {
                assertThat(counts.step(step)).as(role + " " + step).isEqualTo(inbox.count(user, new InboxService.Filter(step)));
            }
        }
        TaskCounts finance = inbox.counts(org.user("finance.officer"));
        assertThat(finance.total()).isEqualTo(2);
        assertThat(finance.overdue()).isEqualTo(1);
        assertThat(inbox.counts(org.user("works.head")).step(ImprovementMeasureProcess.TASK_HEAD_REVIEW)).isEqualTo(1);
        assertThat(inbox.counts(other.user("coordinator")).step(PlanProcess.TASK_DRAFT_PLAN)).isEqualTo(1);
    }

    @Test
    void aUsersCompletedTask_isGoneFromTheirCountsOnTheNextPage() {
        TestOrganisation org = organisations.onboard();
        String measure = measures.start("มาตรการทดสอบ", List.of("finance"), org.user("coordinator"));
        CurrentUser officer = org.user("finance.officer");
        CurrentUser head = org.user("finance.head");
        assertThat(inbox.counts(officer).total()).isEqualTo(1);
        assertThat(inbox.counts(head).step(ImprovementMeasureProcess.TASK_HEAD_REVIEW)).isZero();

        submit(org, measure, "finance");

        assertThat(inbox.counts(officer).total()).isZero();
        assertThat(inbox.counts(head).step(ImprovementMeasureProcess.TASK_HEAD_REVIEW)).isEqualTo(1);
    }

    private void submit(TestOrganisation org, String processInstanceId, String division) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(ImprovementMeasureProcess.TASK_DIVISION_WORK)
                .taskCandidateGroup("div-" + division).singleResult();
        measureTasks.submitWork(task.getId(), "ดำเนินการแล้ว",
                List.of(new EvidenceFile("รายงาน.pdf", TestPdf.minimal(division))), org.user(division + ".officer"));
    }
}
