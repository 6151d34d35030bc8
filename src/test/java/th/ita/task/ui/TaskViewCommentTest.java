package th.ita.task.ui;

import com.vaadin.flow.component.UI;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import th.ita.evidence.EvidenceFile;
import th.ita.inbox.TaskComment;
import th.ita.inbox.TaskCommentService;
import th.ita.measure.MeasureService;
import th.ita.measure.MeasureTaskService;
import th.ita.shared.UserInputException;
import th.ita.support.KaribuTest;
import th.ita.support.TestPdf;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskViewCommentTest extends KaribuTest {

    @Autowired MeasureService measureService;
    @Autowired MeasureTaskService measureTaskService;
    @Autowired TaskCommentService commentService;
    @Autowired TaskService taskService;

    @Test
    void officerAddsAComment_itAppearsLastWithAuthorBuddhistEraTimeAndTask() {
        Task task = newTask("finance");

        login("finance.officer");
        UI.getCurrent().navigate("task/" + task.getId());
        CommentThread thread = _get(CommentThread.class);
        assertThat(thread.list.getElement().getTextRecursively()).contains("ยังไม่มีความเห็น");

        _setValue(thread.text, "ขอขยายเวลาส่งหลักฐาน 1 สัปดาห์");
        _click(thread.add);
        _setValue(thread.text, "แนบร่างประกาศไว้ในระบบแล้ว");
        _click(thread.add);

        assertThat(thread.text.getValue()).isEmpty();
        List<String> entries = thread.list.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
        // The year the comment was written, not today's: they differ when the test runs across New Year's midnight.
        String buddhistYear = String.valueOf(taskService.getTaskComments(task.getId()).get(0).getTime().toInstant()
                .atZone(ZoneId.systemDefault()).getYear() + 543);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).contains("นายปิติ พอใจ (นักวิชาการเงินและบัญชีปฏิบัติการ)", buddhistYear, "ดำเนินการและส่งหลักฐาน",
                "ขอขยายเวลาส่งหลักฐาน 1 สัปดาห์");
        assertThat(entries.get(1)).contains("แนบร่างประกาศไว้ในระบบแล้ว");
        assertThat(taskService.getTaskComments(task.getId())).hasSize(2)
                .allSatisfy(c -> assertThat(c.getUserId()).isEqualTo("finance.officer"));
    }

    @Test
    void headSeesTheOfficersReportOnTheReviewTask() {
        Task work = newTask("works");
        var officer = users.user("works.officer");
        measureTaskService.submitWork(work.getId(), "ติดประกาศแล้ว", List.of(new EvidenceFile("ประกาศ.pdf",
                TestPdf.minimal("ประกาศ"))), officer);
        Task review = taskService.createTaskQuery().processInstanceId(work.getProcessInstanceId()).singleResult();

        List<TaskComment> thread = commentService.thread(review.getId(), users.user("works.head"));

        assertThat(thread).singleElement().satisfies(c -> {
            assertThat(c.userId()).isEqualTo("works.officer");
            assertThat(c.taskId()).isEqualTo(work.getId());
            assertThat(c.taskName()).isEqualTo("ดำเนินการและส่งหลักฐาน");
            assertThat(c.message()).isEqualTo("ติดประกาศแล้ว");
        });
    }

    @Test
    void emptyComment_isRejectedWithAThaiMessage_andNothingIsStored() {
        Task task = newTask("office");

        login("office.officer");
        UI.getCurrent().navigate("task/" + task.getId());
        CommentThread thread = _get(CommentThread.class);
        _setValue(thread.text, "   ");
        _click(thread.add);

        assertThat(thread.text.isInvalid()).isTrue();
        assertThat(thread.text.getErrorMessage()).isEqualTo("กรุณากรอก \"ความเห็น\"");
        assertThat(taskService.getTaskComments(task.getId())).isEmpty();
    }

    @Test
    void tooLongComment_isRejected() {
        Task task = newTask("office");

        assertThatThrownBy(() -> commentService.add(task.getId(), "ก".repeat(TaskCommentService.MAX_COMMENT_LENGTH + 1),
                users.user("office.officer")))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo("error.tooLong"));
        assertThat(taskService.getTaskComments(task.getId())).isEmpty();
    }

    @Test
    void anotherDivisionsOfficer_cannotCommentOrReadTheThread() {
        Task task = newTask("finance");
        var educationOfficer = users.user("education.officer");

        assertThatThrownBy(() -> commentService.add(task.getId(), "ไม่ควรบันทึกได้", educationOfficer))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commentService.thread(task.getId(), educationOfficer))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(taskService.getTaskComments(task.getId())).isEmpty();
    }

    private Task newTask(String division) {
        String measure = measureService.start("ความเห็น " + UUID.randomUUID(), List.of(division), users.user("coordinator"));
        return taskService.createTaskQuery().processInstanceId(measure).singleResult();
    }
}
