package th.ita.audit.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.QueryParameters;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.audit.TimelineEntry;
import th.ita.inbox.InboxService;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.plan.PlanSummary;
import th.ita.plan.ui.PlanView;
import th.ita.shared.BuddhistDates;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AuditViewsTest extends KaribuTest {

    @Autowired MeasureService measureService;
    @Autowired InboxService inbox;
    @Autowired TaskService taskService;

    @Test
    void filterInTheUrlFillsTheFieldsAndFiltersTheRows_andApplyingPutsItBack() {
        String pi = measureService.start("มาตรการทดสอบตัวกรอง", List.of("finance"), users.user("coordinator"));
        String taskId = taskService.createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey(ImprovementMeasureProcess.TASK_DIVISION_WORK).singleResult().getId();
        inbox.claim(taskId, users.user("finance.officer"));
        login("works.officer");

        UI.getCurrent().navigate("measures/" + pi + "/history",
                QueryParameters.fromString("user=finance.officer&action=CLAIMED&division=finance"));

        FilteredTimeline content = _get(MeasureHistoryView.class).content;
        assertThat(content.filterBar.user.getValue()).isEqualTo("finance.officer");
        assertThat(content.filterBar.action.getValue()).isEqualTo(TimelineEntry.Kind.CLAIMED);
        assertThat(content.filterBar.division.getValue().code()).isEqualTo("finance");
        assertThat(GridKt._findAll(content.timeline)).singleElement()
                .satisfies(e -> assertThat(e.taskName()).isEqualTo("ดำเนินการและส่งหลักฐาน"));
        assertThat(content.download.getHref()).isNotBlank();

        // The day of the claim, not today: by now it may be the next day.
        LocalDate today = GridKt._findAll(content.timeline).get(0).time().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        content.filterBar.action.clear();
        _setValue(content.filterBar.from, BuddhistDates.format(today));
        _click(content.filterBar.apply);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .isEqualTo(java.util.Map.of("user", List.of("finance.officer"), "division", List.of("finance"),
                        "from", List.of(today.toString())));
        FilteredTimeline refreshed = _get(MeasureHistoryView.class).content;
        assertThat(refreshed.filterBar.from.getValue()).isEqualTo(BuddhistDates.format(today));
        assertThat(GridKt._findAll(refreshed.timeline)).extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntry.Kind.CLAIMED);
    }

    @Test
    void planPageOpensThePlanAuditWithItsMeasures() {
        login("finance.officer");
        UI.getCurrent().navigate(PlanView.class);
        @SuppressWarnings("unchecked")
        ComboBox<PlanSummary> planSelect = _get(ComboBox.class, spec -> spec.withId("plan-select"));
        planSelect.setValue(planSelect.getListDataView().getItems()
                .filter(p -> p.fiscalYear().equals(th.ita.support.TestYears.current())).findFirst().orElseThrow());

        _click(_get(Button.class, spec -> spec.withId("plan-audit")));

        FilteredTimeline content = _get(PlanAuditView.class).content;
        assertThat(GridKt._findAll(content.timeline)).filteredOn(e -> e.kind() == TimelineEntry.Kind.STARTED)
                .extracting(TimelineEntry::measure).hasSize(4).allMatch(m -> m.matches("\\d\\. .+"));
    }
}
