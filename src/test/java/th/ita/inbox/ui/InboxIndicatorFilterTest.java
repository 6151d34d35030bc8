package th.ita.inbox.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.inbox.TaskRow;
import th.ita.measure.MeasureService;
import th.ita.support.KaribuTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class InboxIndicatorFilterTest extends KaribuTest {

    @Autowired MeasureService measureService;

    @Test
    void indicatorFilterFromTheUrl_showsOnlyTasksOfMeasuresImprovingIt_withTheirIndicatorsInAColumn() {
        String outsidePlan = measureService.start("นอกแผน " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));

        login("finance.officer");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("indicator", "2")));
        InboxView inbox = _get(InboxView.class);

        assertThat(inbox.filters.indicator.getValue()).isEqualTo(2);
        List<TaskRow> rows = GridKt._findAll(inbox.grid);
        // The seeded plan's conflict-of-interest measure (indicators 2 and 4) is with the finance officers.
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.indicators()).contains(2));
        assertThat(rows).extracting(TaskRow::processInstanceId).doesNotContain(outsidePlan);
        int seeded = indexOf(rows, "มาตรการป้องกันความขัดแย้ง");
        assertThat(GridKt._getFormattedRow(inbox.grid, seeded)).contains("2, 4");
        assertThat(inbox.filters.indicator.getItemLabelGenerator().apply(2)).startsWith("ตัวชี้วัดที่ 2 ");

        inbox.filters.indicator.setValue(null);
        List<TaskRow> all = GridKt._findAll(inbox.grid);
        assertThat(all).extracting(TaskRow::processInstanceId).contains(outsidePlan);
        assertThat(all).anySatisfy(row -> assertThat(row.indicators()).doesNotContain(2));
    }

    @Test
    void indicatorFilterRoundTripsThroughTheUrl_withTheOtherFilters() {
        login("works.head");
        UI.getCurrent().navigate(InboxView.class);
        InboxView inbox = _get(InboxView.class);
        inbox.filters.step.setValue("review");
        inbox.filters.indicator.setValue(5);

        QueryParameters url = inbox.filters.queryParameters();
        assertThat(url.getParameters()).isEqualTo(Map.of("step", List.of("review"), "indicator", List.of("5")));
        // The seeded integrity-pledge measure (indicators 1, 3, 5) waits for the works head.
        List<TaskRow> filtered = GridKt._findAll(inbox.grid);
        assertThat(filtered).isNotEmpty();

        UI.getCurrent().navigate("", url);
        InboxView reopened = _get(InboxView.class);
        assertThat(reopened.filters.step.getValue()).isEqualTo("review");
        assertThat(reopened.filters.indicator.getValue()).isEqualTo(5);
        assertThat(GridKt._findAll(reopened.grid)).extracting(TaskRow::taskId)
                .containsExactlyElementsOf(filtered.stream().map(TaskRow::taskId).toList());
    }

    @Test
    void unknownIndicatorInTheUrl_isIgnored() {
        login("finance.officer");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("indicator", "ห้า")));
        InboxView inbox = _get(InboxView.class);

        assertThat(inbox.filters.indicator.getValue()).isNull();
        assertThat(inbox.filters.queryParameters().getParameters()).doesNotContainKey("indicator");
    }

    private static int indexOf(List<TaskRow> rows, String titlePrefix) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).measureTitle().startsWith(titlePrefix)) {
                return i;
            }
        }
        throw new AssertionError("no row of " + titlePrefix);
    }
}
