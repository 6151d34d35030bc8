package th.ita.inbox.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.evidence.EvidenceService;
import th.ita.inbox.TaskRow;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.support.KaribuTest;
import th.ita.task.ui.TaskView;
import th.ita.support.LitCells;
import th.ita.support.TestPdf;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class InboxViewTest extends KaribuTest {

    @Autowired MeasureService measureService;
    @Autowired EvidenceService evidenceService;
    @Autowired TaskService taskService;
    @Autowired th.ita.plan.PlanService planService;
    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

    @Test
    void officerSeesOwnDivisionsTaskOnly_claimsIt_andCompletesItWithEvidence() {
        String financeMeasure = measureService.start("การเงิน " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        String worksMeasure = measureService.start("ช่าง " + UUID.randomUUID(), List.of("works"), users.user("coordinator"));

        login("finance.officer");
        UI.getCurrent().navigate(InboxView.class);
        InboxView inbox = _get(InboxView.class);
        List<TaskRow> rows = GridKt._findAll(inbox.grid);
        assertThat(rows).extracting(TaskRow::processInstanceId).contains(financeMeasure).doesNotContain(worksMeasure);
        int row = rowOf(rows, financeMeasure);
        assertThat(GridKt._getFormattedRow(inbox.grid, row)).contains("กองคลัง", "ดำเนินการและส่งหลักฐาน");

        // Claim from the inbox: the row then shows the officer as assignee.
        assertThat(LitCells.property(inbox.grid, row, InboxView.ACTIONS_COLUMN, "claimLabel")).isEqualTo("รับงาน");
        LitCells.call(inbox.grid, row, InboxView.ACTIONS_COLUMN, "claimOrRelease");
        Task task = taskService.createTaskQuery().processInstanceId(financeMeasure).singleResult();
        assertThat(task.getAssignee()).isEqualTo("finance.officer");
        NotificationsKt.expectNotifications("รับงานแล้ว");
        row = rowOf(GridKt._findAll(inbox.grid), financeMeasure);
        assertThat(GridKt._getFormattedRow(inbox.grid, row)).contains("นายปิติ พอใจ (นักวิชาการเงินและบัญชีปฏิบัติการ)");
        assertThat(LitCells.property(inbox.grid, row, InboxView.ACTIONS_COLUMN, "claimLabel")).isEqualTo("คืนงาน");

        // Open the task, write the report, upload a PDF and submit.
        UI.getCurrent().navigate("task/" + task.getId());
        TaskView view = _get(TaskView.class);
        _setValue(_get(TextArea.class, spec -> spec.withId("work-comment")), "จัดทำประกาศเผยแพร่แล้ว");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("evidence-upload")), "ประกาศ.pdf", "application/pdf",
                TestPdf.minimal("ประกาศ"));
        _click(_get(Button.class, spec -> spec.withId("submit-work")));

        assertThat(view.isAttached()).isFalse();
        assertThat(evidenceService.forProcessInstance(financeMeasure)).singleElement()
                .satisfies(e -> assertThat(e.fileName()).isEqualTo("ประกาศ.pdf"));
        Task next = taskService.createTaskQuery().processInstanceId(financeMeasure).singleResult();
        assertThat(next.getTaskDefinitionKey()).isEqualTo(ImprovementMeasureProcess.TASK_HEAD_REVIEW);
    }

    @Test
    void aTaskSomeoneElseHolds_hasNoClaimButton_andAForgedClickChangesNothing() {
        String measure = measureService.start("ถือโดยผู้อื่น " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        Task task = taskService.createTaskQuery().processInstanceId(measure).singleResult();
        taskService.claim(task.getId(), "finance.head");

        login("finance.officer");
        UI.getCurrent().navigate(InboxView.class);
        InboxView inbox = _get(InboxView.class);
        int row = rowOf(GridKt._findAll(inbox.grid), measure);
        assertThat(LitCells.property(inbox.grid, row, InboxView.ACTIONS_COLUMN, "claimLabel")).isNull();
        // The title is the way in: a link (reachable by Tab), for this row as for every other.
        assertThat(LitCells.property(inbox.grid, row, InboxView.MEASURE_COLUMN, "href")).isEqualTo("task/" + task.getId());

        // The browser is the user's: a click on a button that was never rendered is still refused.
        LitCells.call(inbox.grid, row, InboxView.ACTIONS_COLUMN, "claimOrRelease");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("finance.head");

    }

    @Test
    void onAPhoneEachTaskIsACard_withTitleStepDueDateAndState() {
        String measure = measureService.start("บนโทรศัพท์ " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        Task task = taskService.createTaskQuery().processInstanceId(measure).singleResult();
        login("finance.officer");
        UI.getCurrent().navigate(InboxView.class);
        InboxView inbox = _get(InboxView.class);

        inbox.adaptToWidth(390);

        assertThat(inbox.grid.getColumns()).filteredOn(c -> c.isVisible()).extracting(c -> c.getKey())
                .containsExactly(InboxView.CARD_COLUMN);
        int row = rowOf(GridKt._findAll(inbox.grid), measure);
        assertThat((String) LitCells.property(inbox.grid, row, InboxView.CARD_COLUMN, "title")).startsWith("บนโทรศัพท์ ");
        assertThat(LitCells.property(inbox.grid, row, InboxView.CARD_COLUMN, "href")).isEqualTo("task/" + task.getId());
        assertThat(LitCells.property(inbox.grid, row, InboxView.CARD_COLUMN, "step")).isEqualTo("ดำเนินการและส่งหลักฐาน");
        assertThat(LitCells.property(inbox.grid, row, InboxView.CARD_COLUMN, "division")).isEqualTo("กองคลัง");
        assertThat((String) LitCells.property(inbox.grid, row, InboxView.CARD_COLUMN, "due")).isNotBlank();
        assertThat(LitCells.property(inbox.grid, row, InboxView.CARD_COLUMN, "overdue")).isEqualTo(false);
        // The card's claim button acts as the wide screen's does.
        assertThat(LitCells.property(inbox.grid, row, InboxView.CARD_COLUMN, "claimLabel")).isEqualTo("รับงาน");
        LitCells.call(inbox.grid, row, InboxView.CARD_COLUMN, "claimOrRelease");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("finance.officer");

        inbox.adaptToWidth(1366);
        assertThat(inbox.grid.getColumnByKey(InboxView.CARD_COLUMN).isVisible()).isFalse();
        // On a laptop the title, step and due date come first, left of everything a narrow screen scrolls away.
        assertThat(inbox.grid.getColumns()).filteredOn(c -> c.isVisible()).extracting(c -> c.getKey()).startsWith(
                InboxView.MEASURE_COLUMN, InboxView.STEP_COLUMN, InboxView.DUE_COLUMN);
    }

    @Test
    void overdueFilterFromTheUrl_showsOnlyTasksPastTheirDueDate_markedAsOverdue() {
        String current = measureService.start("ปีนี้ " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        // The demo runs in the current fiscal year, so nothing of it is overdue: one of its measures is made due on
        // the last day of the year before, for this test only.
        th.ita.shared.FiscalYear lastYear = th.ita.support.TestYears.current().previous();
        String late = planService.list().stream()
                .filter(p -> p.organisation().equals("เทศบาลตำบลบ้านตาล") && p.fiscalYear().equals(lastYear.next()))
                .findFirst().flatMap(p -> planService.find(p.id())).orElseThrow().measures().get(0).processInstanceId();
        // Every copy of the measure's due date: the process's and each division's part's.
        var dues = runtimeService.createVariableInstanceQuery().processInstanceIdIn(late).variableName("dueDate").list();
        dues.forEach(v -> runtimeService.setVariablesLocal(v.getExecutionId(),
                th.ita.measure.MeasureVariables.due(lastYear.end())));
        List<Task> lateTasks = taskService.createTaskQuery().processInstanceId(late).list();
        java.util.Map<String, java.util.Date> taskDues = new java.util.HashMap<>();
        lateTasks.forEach(t -> {
            taskDues.put(t.getId(), t.getDueDate());
            t.setDueDate(java.sql.Date.valueOf(lastYear.end()));
            taskService.saveTask(t);
        });
        try {
            login("finance.officer");
            UI.getCurrent().navigate("", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("overdue", "1")));
            InboxView inbox = _get(InboxView.class);

            assertThat(inbox.filters.overdue.getValue()).isTrue();
            List<TaskRow> rows = GridKt._findAll(inbox.grid);
            assertThat(rows).isNotEmpty().extracting(TaskRow::processInstanceId).contains(late).doesNotContain(current);
            assertThat(LitCells.property(inbox.grid, 0, InboxView.DUE_COLUMN, "due"))
                    .isEqualTo("30 ก.ย. " + lastYear.buddhistYear() + " · เกินกำหนด");
            assertThat(LitCells.property(inbox.grid, 0, InboxView.DUE_COLUMN, "overdue")).isEqualTo(true);

            inbox.filters.overdue.setValue(false);
            assertThat(GridKt._findAll(inbox.grid)).extracting(TaskRow::processInstanceId).contains(current);
        } finally {
            dues.forEach(v -> runtimeService.setVariableLocal(v.getExecutionId(), v.getName(), v.getValue()));
            lateTasks.forEach(t -> {
                Task again = taskService.createTaskQuery().taskId(t.getId()).singleResult();
                again.setDueDate(taskDues.get(t.getId()));
                taskService.saveTask(again);
            });
        }
    }

    @Test
    void stepFilterFromTheUrl_showsOnlyThatStep() {
        login("finance.head");
        UI.getCurrent().navigate("", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("step", "review")));
        InboxView inbox = _get(InboxView.class);

        assertThat(inbox.filters.step.getValue()).isEqualTo("review");
        assertThat(GridKt._findAll(inbox.grid)).isNotEmpty()
                .extracting(TaskRow::taskKey).containsOnly(ImprovementMeasureProcess.TASK_HEAD_REVIEW);
    }

    @Test
    void sideNavigationShowsTheNumberOfOpenTasks() {
        login("works.head");
        UI.getCurrent().navigate(InboxView.class);
        long open = GridKt._size(_get(InboxView.class).grid);

        com.vaadin.flow.component.sidenav.SideNavItem inboxItem = com.github.mvysny.kaributesting.v10.LocatorJ
                ._find(com.vaadin.flow.component.sidenav.SideNavItem.class).stream()
                .filter(item -> "งานของฉัน".equals(item.getLabel())).findFirst().orElseThrow();
        assertThat(((com.vaadin.flow.component.html.Span) inboxItem.getSuffixComponent()).getText()).isEqualTo(String.valueOf(open));
        assertThat(open).isPositive();
    }

    private static int rowOf(List<TaskRow> rows, String processInstanceId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).processInstanceId().equals(processInstanceId)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + processInstanceId);
    }

    @Test
    void anEmptyInboxSaysWhyAndWhatComesNext() {
        login("bantan.admin");
        UI.getCurrent().navigate(InboxView.class);
        InboxView inbox = _get(InboxView.class);

        assertThat(GridKt._size(inbox.grid)).isZero();
        assertThat(inbox.grid.getEmptyStateText()).startsWith("ไม่มีงานที่รอท่านดำเนินการ").contains("การแจ้งเตือน");
    }
}
