package th.ita.assessment.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.IndicatorCode;
import th.ita.assessment.Results;
import th.ita.assessment.Score;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The results screen shows each indicator's score across every year on record, table and chart, with the pass mark. */
class IndicatorTrendViewTest extends KaribuTest {

    @Autowired AssessmentService assessments;
    @Autowired TestOrganisations organisations;

    @Test
    void twoYearsOfResults_showAsOneColumnPerYear_failingScoresMarked_andAsBarsAgainstThePassMark() {
        TestOrganisation org = organisations.onboard();
        assessments.save(org.id(), FiscalYear.of(2565), new Results(Score.of("84.00"), null,
                Map.of(IndicatorCode.of(2), Score.of("83.09"))), org.user("coordinator"));
        assessments.save(org.id(), FiscalYear.of(2566), new Results(Score.of("88.50"), null,
                Map.of(IndicatorCode.of(2), Score.of("90.25"), IndicatorCode.of(4), Score.of("70.00"))),
                org.user("coordinator"));
        login(org.userId("coordinator"));

        UI.getCurrent().navigate(AssessmentView.class);

        IndicatorTrend trend = _get(IndicatorTrend.class);
        assertThat(trend.grid.getColumns()).extracting(c -> c.getKey()).contains("year-2565", "year-2566");
        assertThat(GridKt._size(trend.grid)).isEqualTo(12); // ten indicators, the overall score and the rating
        // Each year by its own rule: 2565's bands give B; 2566's levels cannot tell 88.50 without the instruments' scores.
        assertThat(((Span) GridKt._getCellComponent(trend.grid, 11, "year-2565")).getText()).isEqualTo("B");
        assertThat(((Span) GridKt._getCellComponent(trend.grid, 11, "year-2566")).getText()).isEqualTo("-");
        Span indicator2In2565 = (Span) GridKt._getCellComponent(trend.grid, 1, "year-2565");
        Span indicator2In2566 = (Span) GridKt._getCellComponent(trend.grid, 1, "year-2566");
        assertThat(indicator2In2565.getText()).isEqualTo("83.09");
        assertThat(indicator2In2565.getClassNames()).contains(AssessmentView.FAILING_CLASS);
        assertThat(indicator2In2566.getText()).isEqualTo("90.25");
        assertThat(indicator2In2566.getClassNames()).doesNotContain(AssessmentView.FAILING_CLASS);
        assertThat(((Span) GridKt._getCellComponent(trend.grid, 3, "year-2565")).getText()).isEqualTo("ไม่ทราบ");
        Span overall2565 = (Span) GridKt._getCellComponent(trend.grid, 10, "year-2565");
        assertThat(overall2565.getText()).isEqualTo("84.00");
        assertThat(overall2565.getClassNames()).contains(AssessmentView.FAILING_CLASS);

        String svg = trend.chart.getElement().getProperty("innerHTML", "") + trend.chart.getElement().getOuterHTML();
        assertThat(svg).contains("ตัวชี้วัดที่ 2 · 2565").contains("ตัวชี้วัดที่ 2 · 2566").contains("83.09")
                .contains("class=\"reference\"").contains("เกณฑ์ผ่าน 85.00");
    }

    @Test
    void anotherOrganisationsYears_areNotInTheTrend() {
        TestOrganisation org = organisations.onboard();
        TestOrganisation other = organisations.onboard();
        assessments.save(other.id(), FiscalYear.of(2565), new Results(null, null, Map.of(IndicatorCode.of(2),
                Score.of("12.34"))), other.user("coordinator"));
        assessments.save(org.id(), FiscalYear.of(2566), new Results(null, null, Map.of()), org.user("coordinator"));
        login(org.userId("coordinator"));

        UI.getCurrent().navigate(AssessmentView.class);

        IndicatorTrend trend = _get(IndicatorTrend.class);
        assertThat(trend.grid.getColumns()).extracting(c -> c.getKey()).contains("year-2566").doesNotContain("year-2565");
        assertThat(trend.chart.getElement().getProperty("innerHTML", "") + trend.chart.getElement().getOuterHTML())
                .doesNotContain("12.34").contains("2566");
    }
}
