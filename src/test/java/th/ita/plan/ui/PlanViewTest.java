package th.ita.plan.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.organisation.OrganisationService;
import th.ita.plan.MeasureInput;
import th.ita.plan.PlanService;
import th.ita.plan.PlanStatus;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PlanViewTest extends KaribuTest {

    @Autowired PlanService planService;
    @Autowired OrganisationService organisations;

    @Test
    void officerSeesTheSeededPlanAsTheReportsTables_withoutApproveButton() {
        login("finance.officer");
        UI.getCurrent().navigate(PlanView.class);
        PlanView view = _get(PlanView.class);
        view.planSelect.setValue(view.planSelect.getListDataView().getItems()
                .filter(p -> p.fiscalYear().equals(FiscalYear.of(2566))).findFirst().orElseThrow());

        PlanTree tree = _get(PlanTree.class);
        List<PlanNode> roots = GridKt._findAll(tree).stream().filter(n -> n.text().startsWith("ด้าน")).toList();
        assertThat(roots).extracting(n -> n.text().substring(0, 7)).containsExactly("ด้าน II", "ด้าน EI", "ด้าน OI");
        assertThat(GridKt._findAll(tree)).anyMatch(n -> n.text().contains("มาตรการป้องกันละเว้นการปฏิบัติหน้าที่ตามคู่มือประชาชน")
                && n.divisions().equals("สำนักปลัด, กองคลัง, กองช่าง, กองการศึกษา") && n.status().equals("กำลังดำเนินการ"));
        assertThat(_get(Span.class, spec -> spec.withId("plan-status")).getText()).isEqualTo("อนุมัติแล้ว");
        _assertNone(Button.class, spec -> spec.withId("approve-plan"));
    }

    @Test
    void mayorApprovesADraftPlan_andItsMeasuresStart() {
        long organisationId = organisations.ensure("เทศบาล " + UUID.randomUUID(), null, "ฮอด", "เชียงใหม่", null);
        var coordinator = users.user("coordinator");
        long planId = planService.createDraft(organisationId, FiscalYear.of(2567), coordinator);
        planService.addMeasure(planId, new MeasureInput("มาตรการทดสอบ", List.of("OIT"), List.of(9), List.of("office"), null), coordinator);

        login("mayor");
        UI.getCurrent().navigate(PlanView.class);
        PlanView view = _get(PlanView.class);
        view.planSelect.setValue(view.planSelect.getListDataView().getItems().filter(p -> p.id() == planId).findFirst().orElseThrow());
        assertThat(_get(Button.class, spec -> spec.withId("approve-plan")).isVisible()).isTrue();
        view.approve(planService.find(planId).orElseThrow());

        assertThat(planService.find(planId).orElseThrow().status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(planService.find(planId).orElseThrow().measures().get(0).processInstanceId()).isNotNull();
    }
}
