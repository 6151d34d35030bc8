package th.ita.dashboard.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.Svg;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The same overview for every role of the organisation and its province's auditor (DashboardViewTest covers an officer in detail). */
class DashboardViewRolesTest extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"works.head", "coordinator", "mayor", "auditor"})
    void everyRoleSeesTheChartsWithTheirFigures_andNothingOverdueInTheDemoYear(String account) {
        login(account);
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        view.planSelect.setValue(view.planSelect.getListDataView().getItems()
                .filter(p -> p.fiscalYear().equals(th.ita.support.TestYears.current()))
                .filter(p -> p.organisation().equals("เทศบาลตำบลบ้านตาล")).findFirst().orElseThrow());

        assertThat(_find(Svg.class)).hasSize(4);
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .anyMatch(text -> text.startsWith("ตัวชี้วัดที่ 2 ") && text.endsWith(": 83.09 (ต่ำกว่าเกณฑ์ผ่าน)"));
        // The demo replays the seed in the current fiscal year: nothing of it is overdue (the overdue list itself is
        // DashboardServiceTest's).
        assertThat(GridKt._size(view.overdue)).isZero();
    }
}
