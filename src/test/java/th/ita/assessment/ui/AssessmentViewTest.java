package th.ita.assessment.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.IndicatorResult;
import th.ita.assessment.Score;
import th.ita.support.KaribuTest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentViewTest extends KaribuTest {

    @Autowired AssessmentService service;

    @Test
    void coordinatorSeesGradeA_andTheThreeFailingIndicatorsMarked() {
        login("coordinator");
        UI.getCurrent().navigate(AssessmentView.class);
        AssessmentView view = _get(AssessmentView.class);

        assertThat(view.grade.getText()).isEqualTo("A");
        assertThat(view.overallScore.getText()).isEqualTo("85.62");
        List<IndicatorResult> rows = GridKt._findAll(view.grid);
        assertThat(rows).hasSize(10);
        assertThat(rows).filteredOn(IndicatorResult::failing).extracting(r -> r.code().value()).containsExactly(2, 4, 10);
        assertThat(GridKt._getFormattedRow(view.grid, 1)).contains("การใช้งบประมาณ");
        Span score = (Span) GridKt._getCellComponent(view.grid, 1, "score");
        assertThat(score.getText()).isEqualTo("83.09");
        assertThat(score.getClassNames()).contains(AssessmentView.FAILING_CLASS);
        Span unknown = (Span) GridKt._getCellComponent(view.grid, 0, "score");
        assertThat(unknown.getText()).isEqualTo("ไม่ทราบ");
        assertThat(unknown.getClassNames()).doesNotContain(AssessmentView.FAILING_CLASS);
        _get(Upload.class, spec -> spec.withId("assessment-upload"));
    }

    @Test
    void garbageUpload_listsTheProblemRows_andChangesNothing() {
        login("coordinator");
        UI.getCurrent().navigate(AssessmentView.class);

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("assessment-upload")), "ผล.csv", "text/csv",
                "indicator,score\n2,๑๒๐\n".getBytes(StandardCharsets.UTF_8));

        List<ListItem> problems = _find(ListItem.class);
        assertThat(problems).extracting(ListItem::getText)
                .containsExactly("แถวที่ 2 (คะแนน): \"คะแนน\" ต้องอยู่ระหว่าง 0 ถึง 100 แต่ได้รับ \"๑๒๐\"");
        assertThat(service.latest().orElseThrow().overallScore()).isEqualTo(Score.of("85.62"));
    }

    @Test
    void executiveSeesResultsWithoutUpload() {
        login("mayor");
        UI.getCurrent().navigate(AssessmentView.class);

        assertThat(_get(AssessmentView.class).grade.getText()).isEqualTo("A");
        _assertNone(Upload.class);
    }

    @Test
    void divisionOfficerIsDenied() {
        login("finance.officer");

        UI.getCurrent().navigate("assessments");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(AssessmentView.class::isInstance);
        // Karibu reports the error view Vaadin shows instead, naming the cause.
        assertThatThrownBy(() -> _assertNone(AssessmentView.class)).hasMessageContaining("AccessDeniedException");
    }
}
