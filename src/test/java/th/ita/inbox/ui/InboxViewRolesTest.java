package th.ita.inbox.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.approval.MeasuresAtExecutive;
import th.ita.inbox.TaskRow;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.support.KaribuTest;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The inbox and the task view for the roles the older tests did not cover: coordinator, executive, admin. */
class InboxViewRolesTest extends KaribuTest {

    @Autowired MeasureService measureService;
    @Autowired TaskService taskService;
    @Autowired MeasuresAtExecutive atExecutive;

    @Test
    void executiveInboxHoldsOnlyApprovals_andTheApprovalTaskShowsEvidenceAndDecision_butNoWorkOrAssignForm() {
        String measure = atExecutive.start("รออนุมัติ");

        login("mayor");
        UI.getCurrent().navigate(InboxView.class);
        List<TaskRow> rows = GridKt._findAll(_get(InboxView.class).grid);
        assertThat(rows).extracting(TaskRow::processInstanceId).contains(measure);
        // Executive steps only: measure approvals, and the plan's approval or report sign-off when a plan waits.
        assertThat(rows).extracting(TaskRow::taskKey).contains(ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL)
                .allMatch(key -> java.util.Set.of(ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL,
                        th.ita.plan.PlanProcess.TASK_APPROVE_PLAN, th.ita.plan.PlanProcess.TASK_SIGN_OFF_REPORT).contains(key));

        UI.getCurrent().navigate("task/" + atExecutive.executiveTask(measure).getId());
        _get(TaskView.class);
        _assertOne(TaskForm.class);
        _assertOne(th.ita.evidence.ui.EvidenceList.class);
        _assertOne(CommentThread.class);
        _assertNone(WorkSubmissionForm.class);
        _assertNone(AssignForm.class);
    }

    @Test
    void coordinatorSeesTheTasksOfTheirOwnDivision_andWorksOnThemWithoutAssigning() {
        String office = measureService.start("สำนักปลัด " + UUID.randomUUID(), List.of("office"), users.user("coordinator"));
        String finance = measureService.start("กองคลัง " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));

        login("coordinator");
        UI.getCurrent().navigate(InboxView.class);
        List<TaskRow> rows = GridKt._findAll(_get(InboxView.class).grid);
        assertThat(rows).extracting(TaskRow::processInstanceId).contains(office).doesNotContain(finance);
        assertThat(rows).extracting(TaskRow::taskKey).doesNotContain(ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL);

        UI.getCurrent().navigate("task/" + task(office).getId());
        _assertOne(WorkSubmissionForm.class);
        _assertNone(AssignForm.class);
        _assertNone(TaskForm.class);
    }

    @Test
    void adminHasAnEmptyInbox_andIsRefusedADivisionsTask() {
        String measure = measureService.start("ผู้ดูแล " + UUID.randomUUID(), List.of("works"), users.user("coordinator"));

        login("admin");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(GridKt._size(_get(InboxView.class).grid)).isZero();

        UI.getCurrent().navigate("task/" + task(measure).getId());
        _get(InboxView.class);
        _assertNone(TaskView.class);
    }

    @Test
    void headIsRefusedAnotherDivisionsTask() {
        String measure = measureService.start("กองอื่น " + UUID.randomUUID(), List.of("education"), users.user("coordinator"));

        login("finance.head");
        UI.getCurrent().navigate("task/" + task(measure).getId());

        _get(InboxView.class);
        _assertNone(TaskView.class);
    }

    @Test
    void officerIsRefusedAnApprovalTask() {
        String approval = atExecutive.executiveTask(atExecutive.start("ไม่ใช่งานของกอง")).getId();

        login("finance.officer");
        UI.getCurrent().navigate("task/" + approval);

        _get(InboxView.class);
        _assertNone(TaskView.class);
    }

    private Task task(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }
}
