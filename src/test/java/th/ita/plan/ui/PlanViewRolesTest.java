package th.ita.plan.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Everyone reads the plan; only the coordinator drafts or imports one (PlanViewTest covers officer, coordinator, mayor). */
class PlanViewRolesTest extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"works.head", "mayor", "auditor"})
    void nonCoordinatorsReadTheApprovedPlan_withoutDraftingImportingOrApproving(String account) {
        login(account);
        UI.getCurrent().navigate(PlanView.class);
        PlanView view = _get(PlanView.class);
        view.planSelect.setValue(view.planSelect.getListDataView().getItems()
                .filter(p -> p.fiscalYear().equals(FiscalYear.of(2566))).findFirst().orElseThrow());

        assertThat(GridKt._findAll(_get(PlanTree.class))).isNotEmpty();
        _assertOne(Button.class, spec -> spec.withId("plan-audit"));
        _assertNone(NewPlanForm.class);
        _assertNone(PlanImportForm.class);
        _assertNone(DraftMeasures.class);
        _assertNone(Button.class, spec -> spec.withId("approve-plan"));
    }

    /** The platform's administrator onboards organisations; the plans are the organisations' own. */
    @org.junit.jupiter.api.Test
    void adminSeesNoOrganisationsPlan() {
        login("admin");
        UI.getCurrent().navigate(PlanView.class);

        assertThat(_get(PlanView.class).planSelect.getListDataView().getItems()).isEmpty();
    }
}
