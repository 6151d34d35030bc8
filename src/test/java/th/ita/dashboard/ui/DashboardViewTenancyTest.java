package th.ita.dashboard.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.dashboard.DashboardService;
import th.ita.plan.PlanSummary;
import th.ita.support.KaribuTest;
import th.ita.support.OrganisationWork;
import th.ita.support.TestOrganisations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard of one organisation's people shows their own plans only; another's plan has no dashboard for them. */
class DashboardViewTenancyTest extends KaribuTest {

    @Autowired TestOrganisations organisations;
    @Autowired OrganisationWork work;
    @Autowired DashboardService dashboards;

    @Test
    void dashboard_offersAndShowsOnlyTheUsersOwnOrganisationsPlans() {
        var a = organisations.onboard();
        var b = organisations.onboard();
        long planOfA = work.approvedPlan(a, "finance").id();
        long planOfB = work.draftPlan(b, "works");

        assertThat(dashboards.plans(b.user("finance.officer"))).extracting(PlanSummary::id).containsExactly(planOfB);
        assertThat(dashboards.defaultPlan(b.user("finance.officer"))).map(PlanSummary::id).contains(planOfB);
        assertThat(dashboards.of(planOfA, b.user("finance.officer"))).isEmpty();
        assertThat(dashboards.of(planOfA, a.user("finance.officer"))).isPresent();
        // B has recorded no ITA results: its plan shows no other organisation's scores in their place.
        assertThat(dashboards.of(planOfB, b.user("finance.officer")).orElseThrow().scores()).isNull();

        login(b.userId("finance.officer"));
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        assertThat(view.planSelect.getListDataView().getItems().map(PlanSummary::id)).containsExactly(planOfB);
        assertThat(view.planSelect.getValue().id()).isEqualTo(planOfB);
    }
}
