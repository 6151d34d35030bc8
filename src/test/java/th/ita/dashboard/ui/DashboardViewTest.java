package th.ita.dashboard.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewTest extends KaribuTest {

    @Test
    void officerSeesFourChartsWithTheirFiguresAsText_andNoOverdueTaskInTheDemoYear() {
        login("finance.officer");
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        view.planSelect.setValue(view.planSelect.getListDataView().getItems()
                .filter(p -> p.fiscalYear().equals(th.ita.support.TestYears.current())).findFirst().orElseThrow());

        assertThat(_find(Svg.class)).hasSize(4);
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .contains("กองคลัง: ดำเนินการแล้ว 2 จาก 4", "มาตรการที่ดำเนินการแล้ว: ดำเนินการแล้ว 0 จาก 4")
                .anyMatch(text -> text.startsWith("ตัวชี้วัดที่ 1 ") && text.endsWith(": ไม่ทราบ (ไม่ทราบคะแนน)"))
                .anyMatch(text -> text.startsWith("ตัวชี้วัดที่ 2 ") && text.endsWith(": 83.09 (ต่ำกว่าเกณฑ์ผ่าน)"));
        ChartSection scores = _get(ChartSection.class, spec -> spec.withId("dashboard-scores"));
        String svg = scores.chart.getElement().getProperty("innerHTML", "") + scores.chart.getElement().getOuterHTML();
        assertThat(svg).contains("ไม่ทราบ", "เกณฑ์ผ่าน 85.00", "aria-label=");

        // The demo replays the seed in the current fiscal year: nothing is overdue by years.
        assertThat(GridKt._size(view.overdue)).isZero();
    }

    @Test
    void onAPhone_theChartsAreDrawnForItsWidth_andTheirFiguresFolded() {
        login("mayor");
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        assertThat(view.planSelect.getMaxWidth()).isEqualTo("100%");

        view.adaptToWidth(390);

        List<ChartSection> charts = _find(ChartSection.class);
        assertThat(charts).isNotEmpty().allSatisfy(chart -> {
            assertThat(svg(chart)).contains("viewBox=\"0 0 360 ");
            assertThat(chart.figures.isOpen()).isFalse();
        });
        // Folded, not gone: the figures are still there to open (and for screen readers).
        assertThat(_find(ListItem.class)).isNotEmpty();

        view.adaptToWidth(1366);
        assertThat(_find(ChartSection.class)).allSatisfy(chart -> {
            assertThat(svg(chart)).contains("viewBox=\"0 0 640 ");
            assertThat(chart.figures.isOpen()).isTrue();
        });
    }

    private static String svg(ChartSection section) {
        return section.chart.getElement().getProperty("innerHTML", "") + section.chart.getElement().getOuterHTML();
    }
}
