package th.ita.province.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.dashboard.ui.DashboardView;
import th.ita.plan.PlanService;
import th.ita.plan.PlanSummary;
import th.ita.plan.ui.PlanView;
import th.ita.report.ui.PlanReportView;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages the province page links to, opened as the links open them ({@code ?plan=<id>}): the demo auditor of
 * Ban Tan's province reads Ban Tan's plan without a single action, where Ban Tan's coordinator has one; a
 * coordinator of another organisation gets no report version button on Ban Tan's plan.
 */
class LinkedPagesForAuditorTest extends KaribuTest {

    private static final List<String> PLAN_ACTIONS = List.of("approve-plan", "submit-plan", "return-plan",
            "close-year", "submit-report", "sign-report", "return-report", "create-plan", "add-measure");

    @Autowired PlanService plans;
    @Autowired TestOrganisations testOrganisations;

    long banTanPlan;

    @BeforeEach
    void banTansPlan() {
        banTanPlan = plans.list().stream().filter(p -> p.fiscalYear().equals(th.ita.support.TestYears.current()))
                .filter(p -> p.organisation().equals("เทศบาลตำบลบ้านตาล")).mapToLong(PlanSummary::id).findFirst().orElseThrow();
    }

    @Test
    void theAuditorReadsTheLinkedPlan_withoutAnyAction_whereTheCoordinatorHasOne() {
        login("coordinator");
        openPlan();
        _assertOne(Button.class, spec -> spec.withId("close-year"));

        login("auditor");
        openPlan();

        assertThat(_get(Span.class, spec -> spec.withId("plan-status")).getText()).isEqualTo("อนุมัติแล้ว");
        PLAN_ACTIONS.forEach(id -> _assertNone(Button.class, spec -> spec.withId(id)));
    }

    @Test
    void theDashboardLinkShowsThatPlan() {
        login("auditor");
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(java.util.Map.of("plan", String.valueOf(banTanPlan))));

        assertThat(selected("dashboard-plan")).isEqualTo(banTanPlan);
    }

    @Test
    void anotherOrganisationsCoordinator_getsNoReportVersionButtonOnBanTansPlan() {
        login(testOrganisations.onboard().userId("coordinator"));
        UI.getCurrent().navigate(PlanReportView.class, new RouteParameters("planId", String.valueOf(banTanPlan)));
        _assertNone(Button.class, spec -> spec.withId("report-generate"));

        login("coordinator");
        UI.getCurrent().navigate(PlanReportView.class, new RouteParameters("planId", String.valueOf(banTanPlan)));
        _assertOne(Button.class, spec -> spec.withId("report-generate"));
    }

    private void openPlan() {
        UI.getCurrent().navigate(PlanView.class, QueryParameters.simple(java.util.Map.of("plan", String.valueOf(banTanPlan))));
        assertThat(selected("plan-select")).isEqualTo(banTanPlan);
    }

    @SuppressWarnings("unchecked")
    private static long selected(String comboId) {
        ComboBox<PlanSummary> select = _get(ComboBox.class, spec -> spec.withId(comboId));
        return select.getValue().id();
    }
}
