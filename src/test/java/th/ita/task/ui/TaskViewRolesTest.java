package th.ita.task.ui;

import com.vaadin.flow.component.UI;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.approval.MeasuresAtExecutive;
import th.ita.evidence.ui.EvidenceList;
import th.ita.inbox.ui.InboxView;
import th.ita.measure.MeasureService;
import th.ita.support.KaribuTest;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** The task screen for the roles the older tests did not cover: coordinator, executive, admin. Only the step's fields. */
class TaskViewRolesTest extends KaribuTest {

    @Autowired MeasureService measureService;
    @Autowired TaskService taskService;
    @Autowired MeasuresAtExecutive atExecutive;

    @Test
    void theApprovalTaskShowsEvidenceAndDecision_butNoWorkOrAssignForm() {
        String measure = atExecutive.start("รออนุมัติ");

        login("mayor");
        UI.getCurrent().navigate("task/" + atExecutive.executiveTask(measure).getId());
        _get(TaskView.class);
        _assertOne(TaskForm.class);
        _assertOne(EvidenceList.class);
        _assertOne(CommentThread.class);
        _assertNone(WorkSubmissionForm.class);
        _assertNone(AssignForm.class);
    }

    @Test
    void theCoordinatorWorksOnTheirOwnDivisionsTaskWithoutAssigning() {
        String office = measureService.start("สำนักปลัด " + UUID.randomUUID(), List.of("office"), users.user("coordinator"));

        login("coordinator");
        UI.getCurrent().navigate("task/" + task(office).getId());
        _assertOne(WorkSubmissionForm.class);
        _assertNone(AssignForm.class);
        _assertNone(TaskForm.class);
    }

    @Test
    void adminIsRefusedADivisionsTask() {
        String measure = measureService.start("ผู้ดูแล " + UUID.randomUUID(), List.of("works"), users.user("coordinator"));

        login("admin");
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
