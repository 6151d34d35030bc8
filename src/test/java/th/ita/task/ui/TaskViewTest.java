package th.ita.task.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.evidence.EvidenceFile;
import th.ita.evidence.EvidenceService;
import th.ita.evidence.ui.EvidenceList;
import th.ita.forms.ui.CamundaFormView;
import th.ita.inbox.TaskRow;
import th.ita.inbox.ui.InboxView;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.measure.MeasureTaskService;
import th.ita.support.KaribuTest;
import th.ita.support.MeasureSteps;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestPdf;
import th.ita.ui.ActionResult;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The task screen: the fields of its step, what the divisions submitted, and where the user lands after acting. */
class TaskViewTest extends KaribuTest {

    @Autowired MeasureService measureService;
    @Autowired MeasureTaskService measureTaskService;
    @Autowired EvidenceService evidenceService;
    @Autowired TaskService taskService;
    @Autowired th.ita.plan.PlanService planService;
    @Autowired th.ita.plan.MeasureStartJobs startJobs;
    @Autowired TestOrganisations testOrganisations;
    @Autowired MeasureSteps steps;

    @Test
    @SuppressWarnings("unchecked")
    void aHeadReadsEachDivisionsReportAsTheReport_ownDivisionFirst_decides_andLandsOnTheResult() {
        String measure = measureService.start("รายงานแยกกอง " + UUID.randomUUID(), List.of("works", "finance"),
                users.user("coordinator"));
        measureTaskService.submitWork(divisionTask(measure, "works").getId(), "ซ่อมถนนครบ 3 สาย",
                List.of(new EvidenceFile("แบบแปลน.pdf", TestPdf.minimal("ช่าง"))), users.user("works.officer"));
        measureTaskService.submitWork(divisionTask(measure, "finance").getId(), "เผยแพร่งบประมาณแล้ว\nบนเว็บไซต์และบอร์ด",
                List.of(new EvidenceFile("งบประมาณ.pdf", TestPdf.minimal("คลัง"))), users.user("finance.officer"));

        login("finance.head");
        UI.getCurrent().navigate("task/" + divisionTask(measure, "finance").getId());

        List<Section> divisions = _find(_get(EvidenceList.class), Section.class);
        assertThat(divisions).extracting(s -> _get(s, H4.class).getText()).containsExactly("กองคลัง", "กองช่าง");
        DivisionReportBlock own = _get(divisions.get(0), DivisionReportBlock.class);
        assertThat(own.title.getText()).isEqualTo("รายงานผลการดำเนินงานของกองคลัง");
        assertThat(own.title.getElement().getTextRecursively()).contains("ฉบับที่ 1");
        assertThat(own.text.getText()).isEqualTo("เผยแพร่งบประมาณแล้ว\nบนเว็บไซต์และบอร์ด");
        assertThat(_get(divisions.get(1), DivisionReportBlock.class).title.getText())
                .isEqualTo("รายงานผลการดำเนินงานของกองช่าง");
        // Each file is read under its division's name.
        assertThat(_find(divisions.get(0), ListItem.class)).singleElement()
                .satisfies(item -> assertThat(item.getElement().getTextRecursively()).contains("งบประมาณ.pdf"));
        assertThat(divisions.get(0).getElement().getAttribute("aria-labelledby"))
                .isEqualTo(_get(divisions.get(0), H4.class).getId().orElseThrow());
        // Only the step's fields: no "มอบหมายให้" on a review.
        _assertNone(ComboBox.class, spec -> spec.withId("assign-member"));

        CamundaFormView form = _get(CamundaFormView.class);
        ((RadioButtonGroup<String>) form.field("headDecision").orElseThrow()).setValue("ACCEPT");
        _click(_get(Button.class, spec -> spec.withId(TaskView.SUBMIT_DECISION)));

        assertLandedOnTheResult("บันทึกเรียบร้อยแล้ว");
    }

    @Test
    void theOfficerSubmits_andLandsOnTheInboxOnTheFocusedResult() {
        String measure = measureService.start("ส่งผลงาน " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        Task task = taskService.createTaskQuery().processInstanceId(measure).singleResult();

        login("finance.officer");
        UI.getCurrent().navigate("task/" + task.getId());
        WorkSubmissionForm form = _get(WorkSubmissionForm.class);
        _setValue(form.link, "https://bantan.go.th/ita/report.pdf");
        _click(form.addLink);
        _setValue(form.comment, "ดำเนินการแล้ว");
        _click(form.submit);

        assertLandedOnTheResult("ส่งถึง หัวหน้ากองคลัง แล้ว");
        // Once: the inbox opened again shows no old result.
        UI.getCurrent().navigate(InboxView.class);
        UI.getCurrent().navigate(th.ita.notification.ui.NotificationsView.class);
        UI.getCurrent().navigate(InboxView.class);
        _assertNone(ActionResult.class);
    }

    @Test
    void aTaskPastItsDueDate_saysSoInWords_besideTheBuddhistEraDate() {
        String measure = measureService.start("เลยกำหนด " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        Task task = taskService.createTaskQuery().processInstanceId(measure).singleResult();
        task.setDueDate(java.sql.Date.valueOf(java.time.LocalDate.now().minusDays(3)));
        taskService.saveTask(task);

        login("finance.officer");
        UI.getCurrent().navigate("task/" + task.getId());

        var due = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("task-due"));
        assertThat(due.getElement().getTextRecursively()).startsWith("กำหนดเสร็จ: ").matches(".* 25\\d\\d.*")
                .endsWith("เกินกำหนด");
    }

    @Test
    void theCoordinatorsCheckShowsTheDivisionOfEveryFile_andEveryDivisionsReport() {
        String measure = measureService.start("ตรวจครบ " + UUID.randomUUID(), List.of("finance", "works"), users.user("coordinator"));
        steps.accept(measure, "finance", "works");
        Task check = steps.task(measure, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, "ita-coordinator");

        login("coordinator");
        UI.getCurrent().navigate("task/" + check.getId());

        List<Section> divisions = _find(_get(EvidenceList.class), Section.class);
        assertThat(divisions).extracting(s -> _get(s, H4.class).getText()).containsExactlyInAnyOrder("กองคลัง", "กองช่าง");
        assertThat(divisions).allSatisfy(division -> {
            assertThat(_find(division, ListItem.class)).isNotEmpty();
            assertThat(_get(division, DivisionReportBlock.class).title.getText())
                    .isEqualTo("รายงานผลการดำเนินงานของ" + _get(division, H4.class).getText());
        });
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("task-due")).getText())
                .startsWith("กำหนดเสร็จ: ");
        _assertNone(ComboBox.class, spec -> spec.withId("assign-member"));
        _assertNone(WorkSubmissionForm.class);
    }

    @Test
    void submittingWithoutEvidence_showsThaiMessage_andKeepsTheText() {
        String measure = measureService.start("ไม่มีหลักฐาน " + UUID.randomUUID(), List.of("works"), users.user("coordinator"));
        Task task = taskService.createTaskQuery().processInstanceId(measure).singleResult();

        login("works.officer");
        UI.getCurrent().navigate("task/" + task.getId());
        TextArea comment = _get(TextArea.class, spec -> spec.withId("work-comment"));
        _setValue(comment, "รายงานผล");
        _click(_get(Button.class, spec -> spec.withId("submit-work")));

        NotificationsKt.expectNotifications("กรุณาแนบไฟล์หลักฐานอย่างน้อย 1 ไฟล์");
        assertThat(comment.getValue()).isEqualTo("รายงานผล");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
    }


    @Test
    void anotherDivisionsTaskCannotBeOpenedByUrl() {
        String measure = measureService.start("เฉพาะกองคลัง " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        Task task = taskService.createTaskQuery().processInstanceId(measure).singleResult();

        login("education.officer");
        UI.getCurrent().navigate("task/" + task.getId());

        _get(InboxView.class);
    }


    @Test
    void headAssignsAnOfficersTaskFromTheTaskView() {
        String measure = measureService.start("มอบหมาย " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        Task task = taskService.createTaskQuery().processInstanceId(measure).singleResult();

        login("finance.head");
        UI.getCurrent().navigate("task/" + task.getId());
        AssignForm form = _get(AssignForm.class);
        assertThat(form.member.getListDataView().getItems()).contains("finance.officer", "finance.head");
        assertThat(form.member.getItemLabelGenerator().apply("finance.head")).isEqualTo("นางชูใจ ศรีสุข (ผู้อำนวยการกองคลัง)");
        form.member.setValue("finance.officer");
        _click(form.assign);

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("finance.officer");
    }


    @Test
    void officerSeesNoAssignForm() {
        String measure = measureService.start("ไม่มีสิทธิ์มอบหมาย " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        Task task = taskService.createTaskQuery().processInstanceId(measure).singleResult();

        login("finance.officer");
        UI.getCurrent().navigate("task/" + task.getId());
        _assertNone(AssignForm.class);
    }


    @Test
    void taskOfAPlanMeasureShowsItsIndicatorsWithScoresAndTheReportTables() {
        login("finance.officer");
        UI.getCurrent().navigate(InboxView.class);
        // The seeded plan's first measure (conflict of interest) improves indicators 2 and 4, both failing in 2565.
        TaskRow seeded = GridKt._findAll(inboxGrid()).stream()
                .filter(r -> r.planMeasureId() != null && r.measureTitle().startsWith("มาตรการป้องกันความขัดแย้ง"))
                .findFirst().orElseThrow();
        UI.getCurrent().navigate("task/" + seeded.taskId());

        MeasureContextPanel context = _get(MeasureContextPanel.class);
        String text = context.getElement().getTextRecursively();
        assertThat(text).contains("ตัวชี้วัดที่ 2 การใช้งบประมาณ: 83.09", "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ: 81.13",
                "จัดทำคู่มือและระเบียบการใช้ทรัพย์สินของราชการ");
    }


    @Test
    void evidenceLinkMustBeOnTheOrganisationsWebsite() {
        TestOrganisation org = testOrganisations.onboardWithWebsite("bantan.go.th");
        var coordinator = org.user("coordinator");
        long plan = planService.createDraft(org.id(), th.ita.support.TestYears.current(), coordinator);
        planService.addMeasure(plan, new th.ita.plan.MeasureInput("มาตรการเผยแพร่ข้อมูลบนเว็บไซต์", List.of("OIT"), List.of(9),
                List.of("office"), null), coordinator);
        planService.submitForApproval(plan, null, coordinator);
        planService.approve(plan, org.user("mayor"));
        startJobs.runNow(plan);
        String measure = planService.find(plan).orElseThrow().measures().get(0).processInstanceId();
        Task task = taskService.createTaskQuery().processInstanceId(measure).singleResult();

        login(org.userId("office.officer"));
        UI.getCurrent().navigate("task/" + task.getId());
        WorkSubmissionForm form = _get(WorkSubmissionForm.class);
        assertThat(form.link.getHelperText()).isEqualTo("ต้องอยู่บนเว็บไซต์ bantan.go.th");
        _setValue(form.link, "https://www.facebook.com/bantan");
        _click(form.addLink);
        assertThat(form.link.isInvalid()).isTrue();
        assertThat(form.link.getErrorMessage()).isEqualTo("ลิงก์ต้องอยู่บนเว็บไซต์หลักของหน่วยงาน (bantan.go.th) แต่ลิงก์นี้อยู่บน www.facebook.com");

        _setValue(form.link, "https://www.bantan.go.th/oit/o9");
        _click(form.addLink);
        _setValue(form.comment, "เผยแพร่ข้อมูลบนเว็บไซต์แล้ว");
        _click(form.submit);

        assertThat(evidenceService.forProcessInstance(measure)).singleElement().satisfies(e -> {
            assertThat(e.isLink()).isTrue();
            assertThat(e.url()).isEqualTo("https://www.bantan.go.th/oit/o9");
            assertThat(e.sha256()).hasSize(64);
        });
    }

    /** On the inbox, the result of the action, as a status line the browser is told to focus. */
    private static void assertLandedOnTheResult(String text) {
        // Read before any lookup: a lookup runs Karibu's round trip, which hands the queued calls to the "browser".
        // An element's call is queued just before the response, so the state tree is asked for it first.
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        var invocations = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        _get(InboxView.class);
        ActionResult result = _get(ActionResult.class);
        assertThat(result.getText()).isEqualTo(text);
        assertThat(result.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(result.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(invocations).anySatisfy(invocation -> {
            assertThat(invocation.getOwner()).isSameAs(result.getElement().getNode());
            assertThat(invocation.getInvocation().getExpression()).contains("this.focus()");
        });
        NotificationsKt.expectNoNotifications();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskRow> inboxGrid() {
        return _get(Grid.class, spec -> spec.withId("inbox-grid"));
    }

    /** The open task of one division (the work step, or its head's review once submitted). */
    private Task divisionTask(String processInstanceId, String division) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskCandidateGroupIn(
                List.of("div-" + division, "head-" + division)).list().get(0);
    }
}
