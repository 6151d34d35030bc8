package th.ita.inbox.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.inbox.TaskRow;
import th.ita.plan.MeasureInput;
import th.ita.plan.PlanProcess;
import th.ita.plan.PlanService;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A step of the plan's own process reaches the executive's inbox, named after the plan, and leads to the plan page. */
class PlanStepInInboxTest extends KaribuTest {

    @Autowired TestOrganisations testOrganisations;
    @Autowired PlanService planService;

    @Test
    void submittedPlan_isInTheMayorsInboxAsThePlan_andItsTaskLeadsToThePlanPage() {
        TestOrganisation org = testOrganisations.onboard();
        String organisation = org.nameTh();
        long planId = planService.createDraft(org.id(), FiscalYear.of(2567), org.user("coordinator"));
        planService.addMeasure(planId, new MeasureInput("มาตรการทดสอบ", List.of("OIT"), List.of(9), List.of("office"), null),
                org.user("coordinator"));
        planService.submitForApproval(planId, null, org.user("coordinator"));

        login(org.userId("mayor"));
        UI.getCurrent().navigate(InboxView.class);
        InboxView inbox = _get(InboxView.class);
        TaskRow row = GridKt._findAll(inbox.grid).stream()
                .filter(r -> PlanProcess.TASK_APPROVE_PLAN.equals(r.taskKey()) && (organisation + " · 2567").equals(r.measureTitle()))
                .findFirst().orElseThrow();

        UI.getCurrent().navigate("task/" + row.taskId());
        _assertOne(Button.class, spec -> spec.withId("open-plan"));
        assertThat(_get(Button.class, spec -> spec.withId("open-plan")).getText()).isEqualTo("เปิดหน้าแผนปรับปรุง");
    }
}
