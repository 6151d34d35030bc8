package th.ita.inbox.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.approval.MeasuresAtExecutive;
import th.ita.inbox.TaskRow;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.support.KaribuTest;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The inbox for the roles the older tests did not cover: coordinator, executive, admin (their task screen: TaskViewRolesTest). */
class InboxViewRolesTest extends KaribuTest {

    @Autowired MeasureService measureService;
    @Autowired MeasuresAtExecutive atExecutive;

    @Test
    void executiveInboxHoldsOnlyApprovals() {
        String measure = atExecutive.start("รออนุมัติ");

        login("mayor");
        UI.getCurrent().navigate(InboxView.class);
        List<TaskRow> rows = GridKt._findAll(_get(InboxView.class).grid);
        assertThat(rows).extracting(TaskRow::processInstanceId).contains(measure);
        // Executive steps only: measure approvals, and the plan's approval or report sign-off when a plan waits.
        assertThat(rows).extracting(TaskRow::taskKey).contains(ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL)
                .allMatch(key -> java.util.Set.of(ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL,
                        th.ita.plan.PlanProcess.TASK_APPROVE_PLAN, th.ita.plan.PlanProcess.TASK_SIGN_OFF_REPORT).contains(key));
    }

    @Test
    void coordinatorSeesTheTasksOfTheirOwnDivision() {
        String office = measureService.start("สำนักปลัด " + UUID.randomUUID(), List.of("office"), users.user("coordinator"));
        String finance = measureService.start("กองคลัง " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));

        login("coordinator");
        UI.getCurrent().navigate(InboxView.class);
        List<TaskRow> rows = GridKt._findAll(_get(InboxView.class).grid);
        assertThat(rows).extracting(TaskRow::processInstanceId).contains(office).doesNotContain(finance);
        assertThat(rows).extracting(TaskRow::taskKey).doesNotContain(ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL);
    }

    @Test
    void adminHasAnEmptyInbox() {
        login("admin");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(GridKt._size(_get(InboxView.class).grid)).isZero();
    }
}
