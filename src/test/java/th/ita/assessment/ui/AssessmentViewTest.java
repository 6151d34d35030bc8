package th.ita.assessment.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.IndicatorResult;
import th.ita.assessment.Score;
import th.ita.assessment.Results;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentViewTest extends KaribuTest {

    @Autowired AssessmentService service;
    @Autowired TestOrganisations organisations;
    @Autowired th.ita.organisation.OrganisationService organisationService;

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
    void a2568Result_showsTheInstrumentScores_andTheLevelTheYearsRuleGives_besideThe2565Grade() {
        TestOrganisations.TestOrganisation org = organisations.onboard();
        service.save(org.id(), FiscalYear.of(2565), new Results(Score.of("85.62"), "A", Map.of()), org.user("coordinator"));
        service.save(org.id(), FiscalYear.of(2568), new Results(Score.of("94.64"), null,
                Map.of("IIT", Score.of("92.10"), "EIT", Score.of("84.00"), "OIT", Score.of("99.00")), Map.of()),
                org.user("coordinator"));
        login(org.userId("coordinator"));

        UI.getCurrent().navigate(AssessmentView.class);
        AssessmentView view = _get(AssessmentView.class);

        assertThat(view.overallScore.getText()).isEqualTo("94.64");
        assertThat(view.grade.getText()).isEqualTo("ผ่าน");
        assertThat(_get(Span.class, spec -> spec.withId("assessment-instrument-EIT")).getText()).isEqualTo("84.00");
        assertThat(_get(Span.class, spec -> spec.withId("assessment-instrument-IIT")).getText()).isEqualTo("92.10");
        IndicatorTrend trend = _get(IndicatorTrend.class);
        int ratingRow = GridKt._size(trend.grid) - 1;
        assertThat(((Span) GridKt._getCellComponent(trend.grid, ratingRow, "year-2565")).getText()).isEqualTo("A");
        assertThat(((Span) GridKt._getCellComponent(trend.grid, ratingRow, "year-2568")).getText()).isEqualTo("ผ่าน");
    }

    @Test
    void garbageUpload_listsTheProblemRows_andChangesNothing() {
        login("coordinator");
        UI.getCurrent().navigate(AssessmentView.class);

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("assessment-upload")), "ผล.csv", "text/csv",
                "indicator,score\n2,๑๒๐\n".getBytes(StandardCharsets.UTF_8));

        // The import form's own list: the page also lists the provisional framework's sources.
        List<ListItem> problems = _find(_get(UnorderedList.class, spec -> spec.withId("import-problems")), ListItem.class);
        assertThat(problems).extracting(ListItem::getText)
                .containsExactly("แถวที่ 2 (คะแนน): \"คะแนน\" ต้องอยู่ระหว่าง 0 ถึง 100 แต่ได้รับ \"๑๒๐\"");
        // The demo organisation's own result (other tests record later years for organisations of their own).
        assertThat(service.find(organisationService.find("เทศบาลตำบลบ้านตาล", "ฮอด", "เชียงใหม่").orElseThrow().id(), th.ita.shared.FiscalYear.of(2565)).orElseThrow()
                .overallScore()).isEqualTo(Score.of("85.62"));
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
