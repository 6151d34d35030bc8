package th.ita.plan.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.plan.PlanImporter;
import th.ita.plan.PlanService;
import th.ita.plan.PlanStatus;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** "Start next year's plan" on the plan page: the coordinator's, once per year; the plan file for everyone. */
class NextYearPlanViewTest extends KaribuTest {

    @Autowired PlanImporter importer;
    @Autowired PlanService plans;
    @Autowired TestOrganisations organisations;

    @Test
    void coordinatorStartsNextYearsDraft_landsOnIt_andTheButtonIsGoneFromThePlanItCameFrom() {
        TestOrganisation org = organisations.onboard();
        long plan2566 = importPlan(org);
        login(org.userId("coordinator"));
        UI.getCurrent().navigate(PlanView.class);
        PlanView view = _get(PlanView.class);
        select(view, plan2566);

        _click(_get(Button.class, spec -> spec.withId("start-next-year")));
        _fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications("สร้างร่างแผนปีงบประมาณ 2567 จากแผนปี 2566 แล้ว");
        assertThat(view.planSelect.getValue().fiscalYear()).isEqualTo(FiscalYear.of(2567));
        assertThat(view.planSelect.getValue().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plans.find(view.planSelect.getValue().id()).orElseThrow().measures())
                .extracting(m -> m.text()).containsExactly("มาตรการเปิดเผยข้อมูลการใช้งบประมาณ");

        select(view, plan2566);
        _assertNone(Button.class, spec -> spec.withId("start-next-year"));
        _get(Anchor.class, spec -> spec.withId("plan-export-yaml"));
    }

    @Test
    void officerGetsNoNextYearButton_butThePlanFile() {
        TestOrganisation org = organisations.onboard();
        long plan2566 = importPlan(org);
        login(org.userId("finance.officer"));
        UI.getCurrent().navigate(PlanView.class);
        select(_get(PlanView.class), plan2566);

        _assertNone(Button.class, spec -> spec.withId("start-next-year"));
        _get(Anchor.class, spec -> spec.withId("plan-export-yaml"));
    }

    private long importPlan(TestOrganisation org) {
        return importer.importPlan("""
                organisation: { nameTh: "%s" }
                fiscalYear: 2566
                measures:
                  - { key: a, text: มาตรการเปิดเผยข้อมูลการใช้งบประมาณ, indicators: [2], divisions: [finance] }
                sections:
                  - { instrument: IIT, measures: [a] }
                """.formatted(org.nameTh()).getBytes(StandardCharsets.UTF_8), org.id(), org.user("coordinator"));
    }

    private static void select(PlanView view, long planId) {
        view.planSelect.setValue(view.planSelect.getListDataView().getItems().filter(p -> p.id() == planId)
                .findFirst().orElseThrow());
    }
}
