package th.ita.task.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import jakarta.servlet.MultipartConfigElement;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.evidence.EvidenceService;
import th.ita.measure.MeasureService;
import th.ita.support.KaribuTest;
import th.ita.support.TestPdf;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Limits an officer can run into while attaching evidence: each ends in a Thai message, nothing half-saved. */
class EvidenceUploadLimitsTest extends KaribuTest {

    @Autowired MeasureService measureService;
    @Autowired EvidenceService evidenceService;
    @Autowired TaskService taskService;
    @Autowired MultipartConfigElement multipart;

    @Test
    void fileOverTheLimit_isStoppedWhileUploading_withAThaiMessage_andNothingWaitsForSubmission() {
        WorkSubmissionForm form = openWork();
        Upload upload = _get(Upload.class, spec -> spec.withId("evidence-upload"));
        // The server-side reader stops at the limit; the multipart parser is told the same limit.
        assertThat(UploadKt.get_handler(upload).getFileSizeMax()).isEqualTo(20L * 1024 * 1024);

        UploadKt._upload(upload, "ใหญ่เกิน.pdf", "application/pdf", new byte[20 * 1024 * 1024 + 1]);

        NotificationsKt.expectNotifications("ไฟล์ \"ใหญ่เกิน.pdf\" มีขนาดเกิน 20 MB");
        assertThat(form.pendingFiles()).isEmpty();
    }

    @Test
    void servletMultipartLimitsFollowTheEvidenceLimit() {
        assertThat(multipart.getMaxFileSize()).isEqualTo(20L * 1024 * 1024);
        assertThat(multipart.getMaxRequestSize()).isEqualTo(20L * 1024 * 1024 + 64 * 1024);
    }

    @Test
    void fileNameLongerThanTheColumn_isRefusedWithAThaiMessage() {
        WorkSubmissionForm form = openWork();
        String name = "ก".repeat(300) + ".pdf";

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("evidence-upload")), name, "application/pdf",
                TestPdf.minimal("x"));

        NotificationsKt.expectNotifications("ชื่อไฟล์ \"" + "ก".repeat(60) + "…\" ยาวเกิน 255 ตัวอักษร "
                + "กรุณาเปลี่ยนชื่อไฟล์ให้สั้นลงแล้วแนบใหม่");
        assertThat(form.pendingFiles()).isEmpty();
    }

    @Test
    void linkLongerThanTheNameColumn_isStoredWhole_andOneLongerThanItsOwnColumnIsRefused() {
        String measure = measureService.start("ลิงก์ยาว " + UUID.randomUUID(), List.of("works"), users.user("coordinator"));
        Task task = taskService.createTaskQuery().processInstanceId(measure).singleResult();
        login("works.officer");
        UI.getCurrent().navigate("task/" + task.getId());
        TextField link = _get(TextField.class, spec -> spec.withId("evidence-link"));

        _setValue(link, "https://bantan.go.th/" + "a".repeat(2000));
        _click(_get(Button.class, spec -> spec.withId("add-link")));
        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage()).startsWith("ลิงก์ \"https://bantan.go.th/").endsWith("ยาวเกิน 2000 ตัวอักษร กรุณาใช้ลิงก์ที่สั้นกว่านี้");

        String longLink = "https://bantan.go.th/" + "ข".repeat(500);
        _setValue(link, longLink);
        _click(_get(Button.class, spec -> spec.withId("add-link")));
        _setValue(_get(TextArea.class, spec -> spec.withId("work-comment")), "เผยแพร่บนเว็บไซต์");
        _click(_get(Button.class, spec -> spec.withId("submit-work")));

        assertThat(evidenceService.forProcessInstance(measure)).singleElement().satisfies(e -> {
            assertThat(e.url()).isEqualTo(longLink);
            assertThat(e.fileName()).hasSize(EvidenceService.MAX_FILE_NAME_LENGTH);
        });
    }

    private WorkSubmissionForm openWork() {
        String measure = measureService.start("ขนาดไฟล์ " + UUID.randomUUID(), List.of("works"), users.user("coordinator"));
        Task task = taskService.createTaskQuery().processInstanceId(measure).singleResult();
        login("works.officer");
        UI.getCurrent().navigate("task/" + task.getId());
        return _get(WorkSubmissionForm.class);
    }
}
