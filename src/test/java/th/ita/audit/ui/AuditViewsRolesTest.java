package th.ita.audit.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.audit.MeasureSummary;
import th.ita.audit.TimelineEntry;
import th.ita.plan.PlanService;
import th.ita.plan.PlanSummary;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role of the organisation reads its history (the older tests cover officers); none gets a way to change it.
 * The platform's administrator works for no organisation, so its measures' history is "not found" on our screens
 * (they have Cockpit).
 */
class AuditViewsRolesTest extends KaribuTest {

    private static final String SEEDED = "มาตรการป้องกันละเว้นการปฏิบัติหน้าที่ตามคู่มือประชาชน";

    @Autowired PlanService planService;

    @ParameterizedTest
    @ValueSource(strings = {"works.head", "coordinator", "mayor"})
    void measureListHistoryAndPlanAuditOpenForEveryRole(String account) {
        login(account);

        UI.getCurrent().navigate(MeasuresView.class);
        List<MeasureSummary> measures = GridKt._findAll(_get(MeasuresView.class).grid);
        MeasureSummary seeded = measures.stream().filter(m -> SEEDED.equals(m.measureTitle())).findFirst().orElseThrow();

        UI.getCurrent().navigate("measures/" + seeded.processInstanceId() + "/history");
        FilteredTimeline history = _get(MeasureHistoryView.class).content;
        assertThat(GridKt._findAll(history.timeline)).extracting(TimelineEntry::kind)
                .contains(TimelineEntry.Kind.STARTED, TimelineEntry.Kind.EVIDENCE, TimelineEntry.Kind.COMMENT);
        assertThat(history.download.getHref()).isNotBlank();

        long plan = planService.list(users.user("coordinator")).stream().filter(p -> p.fiscalYear().equals(th.ita.support.TestYears.current()))
                .map(PlanSummary::id).findFirst().orElseThrow();
        UI.getCurrent().navigate("plans/" + plan + "/audit");
        assertThat(GridKt._findAll(_get(PlanAuditView.class).content.timeline))
                .filteredOn(e -> e.kind() == TimelineEntry.Kind.STARTED).hasSize(4);
    }

    @Test
    void theAdministratorOfNoOrganisation_findsNoMeasureHistory() {
        long plan = planService.list(users.user("coordinator")).stream().filter(p -> p.fiscalYear().equals(th.ita.support.TestYears.current()))
                .map(PlanSummary::id).findFirst().orElseThrow();
        String seeded = planService.find(plan).orElseThrow().measures().stream()
                .filter(m -> SEEDED.equals(m.text())).findFirst().orElseThrow().processInstanceId();
        login("admin");

        UI.getCurrent().navigate("measures/" + seeded + "/history");

        MeasureHistoryView view = _get(MeasureHistoryView.class);
        assertThat(view.content).isNull();
        assertThat(view.getElement().getTextRecursively()).contains("ไม่พบแผนหรือมาตรการที่ระบุ");
    }
}
