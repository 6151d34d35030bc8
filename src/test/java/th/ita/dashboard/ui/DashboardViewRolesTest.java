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
    void everyRoleSeesTheChartsWithTheirFiguresAndTheOverdueTasks(String account) {
        login(account);
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        view.planSelect.setValue(view.planSelect.getListDataView().getItems()
                .filter(p -> p.fiscalYear().equals(th.ita.support.TestYears.current())).findFirst().orElseThrow());

        assertThat(_find(Svg.class)).hasSize(4);
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .anyMatch(text -> text.startsWith("ตัวชี้วัดที่ 2 ") && text.endsWith(": 83.09 (ต่ำกว่าเกณฑ์ผ่าน)"));
        assertThat(GridKt._size(view.overdue)).isPositive();
    }
}
