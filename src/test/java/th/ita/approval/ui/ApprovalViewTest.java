package th.ita.approval.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.approval.ApprovalSummary;
import th.ita.approval.MeasuresAtExecutive;
import th.ita.evidence.ui.EvidencePreview;
import th.ita.shared.I18n;
import th.ita.support.KaribuTest;
import th.ita.support.LitCells;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalViewTest extends KaribuTest {

    @Autowired MeasuresAtExecutive measures;
    @Autowired Clock clock;

    @Test
    void seededMeasureShowsFourDivisionsFourEvidenceFilesAndDaysLeft() {
        ApprovalView view = openAs("mayor");
        int row = rowWhere(view, s -> s.task().planMeasureId() != null);
        ApprovalSummary seeded = GridKt._get(view.grid, row);

        assertThat(seeded.divisions()).extracting(ApprovalSummary.DivisionDone::divisionCode)
                .containsExactlyInAnyOrder("office", "finance", "works", "education");
        assertThat(seeded.divisions()).extracting(ApprovalSummary.DivisionDone::acceptedBy)
                .containsExactlyInAnyOrder("office.head", "finance.head", "works.head", "education.head");
        // The demo plan runs in the current fiscal year: due at its end.
        long remaining = ChronoUnit.DAYS.between(LocalDate.now(clock), th.ita.support.TestYears.current(clock).end());
        assertThat(GridKt._getFormattedRow(view.grid, row)).contains("4 กอง", "4 ไฟล์");
        assertThat(dueText(view, row)).isEqualTo(remaining == 0 ? "ครบกำหนดวันนี้"
                : "เหลืออีก " + new MessageFormat("{0}", I18n.THAI).format(new Object[]{remaining}) + " วัน");
    }

    @Test
    void selectingARowShowsTheSummaryAndPreviewsTheEvidenceInPlace() {
        ApprovalView view = openAs("mayor");
        int row = rowWhere(view, s -> s.task().planMeasureId() != null);

        GridKt._clickItem(view.grid, row, 0, false, false, false, false);

        assertThat(view.detail.getElement().getTextRecursively())
                .contains("กองที่ดำเนินการเสร็จ (4 กอง)", "หัวหน้ากองเห็นชอบโดย นางวิไล ช่างคิด (ผู้อำนวยการกองช่าง)", "หลักฐาน (4 ไฟล์)");
        EvidencePreview preview = _get(EvidencePreview.class);
        assertThat(_find(preview, IFrame.class)).hasSize(4)
                .allSatisfy(frame -> assertThat(frame.getSrc()).isNotBlank());
        assertThat(_find(preview, Anchor.class)).extracting(Anchor::getText)
                .contains("หลักฐาน-office.pdf", "หลักฐาน-finance.pdf", "หลักฐาน-works.pdf", "หลักฐาน-education.pdf");
    }

    @Test
    void itsMenuItemClickedAgain_showsAMeasureThatArrivedMeanwhile() {
        ApprovalView view = openAs("mayor");
        MockVaadin.clientRoundtrip();
        int shown = view.grid.getDataCommunicator().getItemCount();
        measures.start("มาถึงภายหลัง");
        MockVaadin.clientRoundtrip();
        assertThat(view.grid.getDataCommunicator().getItemCount()).as("what the browser has").isEqualTo(shown);

        UI.getCurrent().navigate(ApprovalView.class);
        MockVaadin.clientRoundtrip();

        assertThat(_get(ApprovalView.class)).isSameAs(view);
        assertThat(view.grid.getDataCommunicator().getItemCount()).isEqualTo(shown + 1);
    }

    @Test
    void mayorApprovesOneMeasure() {
        String pi = measures.start("อนุมัติเดี่ยว");
        ApprovalView view = openAs("mayor");

        int row = rowWhere(view, s -> s.processInstanceId().equals(pi));
        assertThat(LitCells.property(view.grid, row, ApprovalView.ACTIONS_COLUMN, "approve")).isEqualTo("อนุมัติ");
        LitCells.call(view.grid, row, ApprovalView.ACTIONS_COLUMN, "onApprove");

        NotificationsKt.expectNotifications("อนุมัติมาตรการแล้ว");
        assertThat(measures.executiveTask(pi)).isNull();
        assertThat(GridKt._findAll(view.grid)).noneMatch(s -> s.processInstanceId().equals(pi));
    }

    @Test
    void returningWithoutAReason_showsThaiError_andKeepsTheTask() {
        String pi = measures.start("ส่งกลับไม่มีเหตุผล");
        ApprovalView view = openAs("mayor");

        LitCells.call(view.grid, rowWhere(view, s -> s.processInstanceId().equals(pi)), ApprovalView.ACTIONS_COLUMN, "onGiveBack");
        _click(_get(Button.class, spec -> spec.withId("return-confirm")));

        NotificationsKt.expectNotifications("กรุณากรอก \"เหตุผล\"");
        assertThat(measures.executiveTask(pi)).isNotNull();
    }

    @Test
    void bulkApprovalConfirmsWithTheSelectedTitles_thenApprovesBoth() {
        String first = measures.start("อนุมัติพร้อมกัน ก");
        String second = measures.start("อนุมัติพร้อมกัน ข");
        ApprovalView view = openAs("mayor");
        assertThat(view.approveSelected.isEnabled()).isFalse();
        List<ApprovalSummary> chosen = GridKt._findAll(view.grid).stream()
                .filter(s -> s.processInstanceId().equals(first) || s.processInstanceId().equals(second)).toList();
        // As the row checkboxes do; Karibu's _select replaces the selection.
        chosen.forEach(s -> view.grid.getSelectionModel().selectFromClient(s));

        _click(view.approveSelected);
        BulkApproveDialog dialog = _get(BulkApproveDialog.class);
        assertThat(dialog.titles.getElement().getTextRecursively())
                .contains(chosen.get(0).measureTitle(), chosen.get(1).measureTitle());
        ConfirmDialogKt._fireConfirm(dialog);

        NotificationsKt.expectNotifications("อนุมัติแล้ว 2 มาตรการ");
        assertThat(measures.executiveTask(first)).isNull();
        assertThat(measures.executiveTask(second)).isNull();
    }

    @Test
    void mayorApprovesFromTheDetailPanel_afterReadingTheEvidence() {
        String pi = measures.start("อนุมัติจากรายละเอียด");
        ApprovalView view = openAs("mayor");
        int row = rowWhere(view, s -> s.processInstanceId().equals(pi));
        GridKt._clickItem(view.grid, row, 0, false, false, false, false);

        _click(_get(Button.class, spec -> spec.withId("detail-bottom-approve")));

        NotificationsKt.expectNotifications("อนุมัติมาตรการแล้ว");
        assertThat(measures.executiveTask(pi)).isNull();
        assertThat(view.detail.shown()).isNull();
    }

    @Test
    void onAPhoneTheSecondaryColumnsAreHidden() {
        ApprovalView view = openAs("mayor");

        view.adaptToWidth(390);
        assertThat(view.secondaryColumns()).isNotEmpty().noneMatch(c -> c.isVisible());
        // One card per row instead: title, due date and the same buttons, which act the same.
        assertThat(view.grid.getColumnByKey(ApprovalView.DUE_COLUMN).isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey(ApprovalView.ACTIONS_COLUMN).isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey(ApprovalView.CARD_COLUMN).isVisible()).isTrue();
        assertThat(LitCells.property(view.grid, 0, ApprovalView.CARD_COLUMN, "approve")).isEqualTo("อนุมัติ");
        assertThat((String) LitCells.property(view.grid, 0, ApprovalView.CARD_COLUMN, "due")).isNotBlank();

        view.adaptToWidth(1280);
        assertThat(view.secondaryColumns()).allMatch(c -> c.isVisible());
        assertThat(view.grid.getColumnByKey(ApprovalView.CARD_COLUMN).isVisible()).isFalse();
    }

    @Test
    void officerCannotOpenTheApprovalScreen() {
        login("finance.officer");

        UI.getCurrent().navigate("approval");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(ApprovalView.class::isInstance);
        assertThatThrownBy(() -> com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(ApprovalView.class))
                .hasMessageContaining("AccessDeniedException");
    }

    private ApprovalView openAs(String userId) {
        login(userId);
        UI.getCurrent().navigate(ApprovalView.class);
        return _get(ApprovalView.class);
    }

    private static int rowWhere(ApprovalView view, java.util.function.Predicate<ApprovalSummary> match) {
        List<ApprovalSummary> rows = GridKt._findAll(view.grid);
        for (int i = 0; i < rows.size(); i++) {
            if (match.test(rows.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such row in " + rows);
    }

    private static String dueText(ApprovalView view, int row) {
        return (String) LitCells.property(view.grid, row, ApprovalView.DUE_COLUMN, "due");
    }
}
