package th.ita.plan.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
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
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class PlanViewTest extends KaribuTest {

    @Autowired PlanService planService;
    @Autowired th.ita.plan.MeasureStartJobs startJobs;
    @Autowired OrganisationService organisations;
    @Autowired TestOrganisations testOrganisations;

    @Test
    void officerSeesTheSeededPlanAsTheReportsTables_withoutApproveButton() {
        login("finance.officer");
        UI.getCurrent().navigate(PlanView.class);
        PlanView view = _get(PlanView.class);
        view.planSelect.setValue(view.planSelect.getListDataView().getItems()
                .filter(p -> p.fiscalYear().equals(th.ita.support.TestYears.current())).findFirst().orElseThrow());

        PlanTree tree = _get(PlanTree.class);
        List<PlanNode> roots = GridKt._findAll(tree).stream().filter(n -> n.text().startsWith("ด้าน")).toList();
        assertThat(roots).extracting(n -> n.text().substring(0, 7)).containsExactly("ด้าน II", "ด้าน EI", "ด้าน OI");
        assertThat(GridKt._findAll(tree)).anyMatch(n -> n.text().contains("มาตรการป้องกันละเว้นการปฏิบัติหน้าที่ตามคู่มือประชาชน")
                && n.divisions().equals("สำนักปลัด, กองคลัง, กองช่าง, กองการศึกษา") && n.status().equals("กำลังดำเนินการ"));
        assertThat(_get(Span.class, spec -> spec.withId("plan-status")).getText()).isEqualTo("อนุมัติแล้ว");
        _assertNone(Button.class, spec -> spec.withId("approve-plan"));
    }

    @Test
    void coordinatorCreatesADraftWithThaiDigits_addsAMeasureAfterAFailedTry_andRemovesIt() {
        TestOrganisation org = testOrganisations.onboard();
        login(org.userId("coordinator"));
        UI.getCurrent().navigate(PlanView.class);
        NewPlanForm form = _get(NewPlanForm.class);
        form.organisation.setValue(organisations.find(org.id()).orElseThrow());
        _setValue(form.fiscalYear, "๒๕๖๗");
        _click(form.create);

        PlanView view = _get(PlanView.class);
        assertThat(view.planSelect.getValue().fiscalYear()).isEqualTo(FiscalYear.of(2567));
        assertThat(view.planSelect.getValue().status()).isEqualTo(PlanStatus.DRAFT);
        _click(_get(Button.class, spec -> spec.withId("add-measure")));
        MeasureDialog dialog = _get(MeasureDialog.class);
        _setValue(dialog.text, "มาตรการเผยแพร่แผนการใช้งบประมาณ");
        dialog.instruments.setValue(java.util.Set.of("IIT"));
        dialog.indicators.setValue(java.util.Set.copyOf(dialog.indicators.getListDataView().getItems()
                .filter(i -> i.code().value() == 2).toList()));
        _setValue(dialog.dueDate, "๓๑/๓/๒๕๖๗");
        _click(dialog.save);
        NotificationsKt.expectNotifications("สร้างร่างแผนแล้ว", "กรุณาเลือกกองผู้รับผิดชอบอย่างน้อย 1 กอง");
        assertThat(dialog.isOpened()).isTrue();

        dialog.divisions.setValue(java.util.Set.copyOf(dialog.divisions.getListDataView().getItems()
                .filter(d -> d.code().equals("finance")).toList()));
        _click(dialog.save);

        var plan = planService.find(view.planSelect.getValue().id()).orElseThrow();
        assertThat(plan.measures()).singleElement().satisfies(m -> {
            assertThat(m.divisions()).containsExactly("finance");
            assertThat(m.dueDate()).isEqualTo(java.time.LocalDate.of(2024, 3, 31));
        });
        DraftMeasures draft = _get(DraftMeasures.class);
        _click((Button) GridKt._getCellComponent(draft.grid, 0, "actions").getChildren().skip(1).findFirst().orElseThrow());
        assertThat(planService.find(plan.id()).orElseThrow().measures()).isEmpty();
    }

    @Test
    void mayorApprovesADraftPlan_andItsMeasuresStart() {
        TestOrganisation org = testOrganisations.onboard();
        var coordinator = org.user("coordinator");
        long planId = planService.createDraft(org.id(), th.ita.support.TestYears.current(), coordinator);
        planService.addMeasure(planId, new MeasureInput("มาตรการทดสอบ", List.of("OIT"), List.of(9), List.of("office"), null), coordinator);

        planService.submitForApproval(planId, null, coordinator);
        login(org.userId("mayor"));
        UI.getCurrent().navigate(PlanView.class);
        PlanView view = _get(PlanView.class);
        view.planSelect.setValue(view.planSelect.getListDataView().getItems().filter(p -> p.id() == planId).findFirst().orElseThrow());
        assertThat(_get(Button.class, spec -> spec.withId("approve-plan")).isVisible()).isTrue();
        view.approve(planService.find(planId).orElseThrow());

        assertThat(planService.find(planId).orElseThrow().status()).isEqualTo(PlanStatus.APPROVED);
        // The approval committed without its measures: each starts in a job of its own.
        assertThat(planService.find(planId).orElseThrow().measures().get(0).processInstanceId()).isNull();
        assertThat(startJobs.runNow(planId)).isEqualTo(planService.find(planId).orElseThrow().measures().size());
        assertThat(planService.find(planId).orElseThrow().measures().get(0).processInstanceId()).isNotNull();
    }
}
