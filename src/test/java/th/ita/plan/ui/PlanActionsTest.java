package th.ita.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.plan.MeasureInput;
import th.ita.plan.PlanService;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan's yearly steps on the plan page, for the role whose turn it is, and only then. */
class PlanActionsTest extends KaribuTest {

    @Autowired TestOrganisations testOrganisations;
    @Autowired PlanService planService;

    @Test
    void coordinatorSubmitsTheDraft_thenTheMayorMayApproveOrReturn_andTheCoordinatorNoLonger() {
        TestOrganisation org = testOrganisations.onboard();
        long planId = planService.createDraft(org.id(), th.ita.support.TestYears.current(), org.user("coordinator"));
        planService.addMeasure(planId, new MeasureInput("มาตรการทดสอบ", List.of("OIT"), List.of(9), List.of("office"), null),
                org.user("coordinator"));

        open(org.userId("mayor"), planId);
        _assertNone(Button.class, spec -> spec.withId("approve-plan"));
        _assertNone(Button.class, spec -> spec.withId("return-plan"));

        open(org.userId("coordinator"), planId);
        _assertOne(DraftMeasures.class);
        _click(_get(Button.class, spec -> spec.withId("submit-plan")));
        assertThat(planService.pendingStep(planId, org.user("mayor"))).contains("Task_ApprovePlan");

        open(org.userId("coordinator"), planId);
        _assertNone(Button.class, spec -> spec.withId("submit-plan"));
        _assertNone(DraftMeasures.class);
        _assertNone(Button.class, spec -> spec.withId("close-year"));
        open(org.userId("mayor"), planId);
        _assertOne(Button.class, spec -> spec.withId("approve-plan"));
        _assertOne(Button.class, spec -> spec.withId("return-plan"));
    }

    @Test
    void aSubmittedPlanOfAnEndedYear_offersTheMayorNoApproval_andSaysWhyInThai() {
        TestOrganisation org = testOrganisations.onboard();
        long planId = planService.createDraft(org.id(), FiscalYear.of(2566), org.user("coordinator"));
        planService.addMeasure(planId, new MeasureInput("มาตรการทดสอบ", List.of("OIT"), List.of(9), List.of("office"), null),
                org.user("coordinator"));
        planService.submitForApproval(planId, null, org.user("coordinator"));

        open(org.userId("mayor"), planId);

        _assertNone(Button.class, spec -> spec.withId("approve-plan"));
        _assertOne(Button.class, spec -> spec.withId("return-plan"));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class))
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .anyMatch(text -> text.contains("ปีงบประมาณ พ.ศ. 2566 สิ้นสุดแล้ว"));
        // The service refuses it whatever the screen offers.
        assertThatThrownBy(() -> planService.approve(planId, mayorOf(org)))
                .isInstanceOfSatisfying(th.ita.shared.UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.error.yearEnded"));
        assertThat(planService.find(planId).orElseThrow().measures()).allSatisfy(m -> assertThat(m.processInstanceId()).isNull());
    }

    @Test
    void theDemoYearRuns_soOnlyTheCoordinatorMayCloseIt() {
        open("coordinator", demoPlan());
        _assertOne(Button.class, spec -> spec.withId("close-year"));
        open("mayor", demoPlan());
        _assertNone(Button.class, spec -> spec.withId("close-year"));
    }

    private long demoPlan() {
        return planService.list(users.user("coordinator")).stream().filter(p -> p.fiscalYear().equals(th.ita.support.TestYears.current())).findFirst()
                .orElseThrow().id();
    }

    private static th.ita.security.CurrentUser mayorOf(TestOrganisation organisation) {
        return organisation.user("mayor");
    }

    private void open(String user, long planId) {
        login(user);
        UI.getCurrent().navigate(PlanView.class);
        PlanView view = _get(PlanView.class);
        view.planSelect.setValue(view.planSelect.getListDataView().getItems().filter(p -> p.id() == planId)
                .findFirst().orElseThrow());
    }
}
