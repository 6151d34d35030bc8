package th.ita.audit.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import th.ita.audit.MeasureSummary;
import th.ita.support.KaribuTest;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MeasuresViewTest extends KaribuTest {

    @Test
    void everyoneSeesTheSeededMeasures_andOpensTheHistoryOfOne() {
        login("education.officer");
        UI.getCurrent().navigate(MeasuresView.class);
        MeasuresView view = _get(MeasuresView.class);
        List<MeasureSummary> measures = GridKt._findAll(view.grid);
        assertThat(measures).extracting(MeasureSummary::measureTitle)
                .contains("มาตรการป้องกันละเว้นการปฏิบัติหน้าที่ตามคู่มือประชาชน");

        int row = measures.stream().map(MeasureSummary::measureTitle).toList()
                .indexOf("มาตรการป้องกันละเว้นการปฏิบัติหน้าที่ตามคู่มือประชาชน");
        GridKt._clickItem(view.grid, row);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).endsWith("/history");
    }
}
