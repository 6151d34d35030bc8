package th.ita.plan.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.plan.PlanSummary;
import th.ita.support.KaribuTest;
import th.ita.support.OrganisationWork;
import th.ita.support.TestOrganisations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PlanViewTenancyTest extends KaribuTest {

    @Autowired TestOrganisations organisations;
    @Autowired OrganisationWork work;

    @Test
    void planScreen_offersOnlyTheUsersOwnOrganisationsPlans_andOnlyItAsTheNewPlansOrganisation() {
        var a = organisations.onboard();
        var b = organisations.onboard();
        long planOfA = work.draftPlan(a, "finance");
        long planOfB = work.draftPlan(b, "works");

        login(b.userId("coordinator"));
        UI.getCurrent().navigate(PlanView.class);
        PlanView view = _get(PlanView.class);

        assertThat(view.planSelect.getListDataView().getItems().map(PlanSummary::id)).containsExactly(planOfB);
        assertThat(view.planSelect.getValue().id()).isEqualTo(planOfB);
        assertThat(_get(NewPlanForm.class).organisation.getListDataView().getItems().map(o -> o.id()))
                .containsExactly(b.id());
        assertThat(planOfA).isNotEqualTo(planOfB);
    }
}
