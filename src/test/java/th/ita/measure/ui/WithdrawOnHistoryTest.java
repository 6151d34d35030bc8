package th.ita.measure.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.measure.MeasureService;
import th.ita.measure.PartOutcome;
import th.ita.support.KaribuTest;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator withdraws a measure from its history page; the outcome table then says so for each division. */
class WithdrawOnHistoryTest extends KaribuTest {

    @Autowired MeasureService measureService;

    @Test
    @SuppressWarnings("unchecked")
    void coordinatorWithdrawsWithAReason_othersCannotSeeTheButton() {
        String pi = measureService.start("มาตรการถอน " + UUID.randomUUID(), List.of("finance", "works"), users.user("coordinator"));

        login("finance.head");
        UI.getCurrent().navigate("measures/" + pi + "/history");
        _assertNone(WithdrawMeasureButton.class);

        login("coordinator");
        UI.getCurrent().navigate("measures/" + pi + "/history");
        Grid<PartOutcome> outcomes = (Grid<PartOutcome>) _get(Grid.class, spec -> spec.withId("outcome-table"));
        assertThat(GridKt._size(outcomes)).isEqualTo(2);

        WithdrawMeasureButton withdraw = _get(WithdrawMeasureButton.class);
        _click(withdraw.getContent());
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        _fireConfirm(dialog);
        assertThat(measureService.isRunning(pi)).as("no reason: refused, nothing changes").isTrue();

        withdraw.reason.setValue("ซ้ำกับมาตรการอื่นในแผน");
        _fireConfirm(dialog);
        assertThat(measureService.isRunning(pi)).isFalse();

        UI.getCurrent().navigate("measures/" + pi + "/history");
        Grid<PartOutcome> after = (Grid<PartOutcome>) _get(Grid.class, spec -> spec.withId("outcome-table"));
        assertThat(GridKt._findAll(after)).extracting(PartOutcome::outcome).containsOnly(PartOutcome.Outcome.WITHDRAWN);
        assertThat(GridKt._getFormattedRow(after, 0)).contains("ถอนมาตรการ", "นางสาวสมศรี ใจซื่อ (นักวิเคราะห์นโยบายและแผนชำนาญการ)", "ซ้ำกับมาตรการอื่นในแผน");
        _assertNone(WithdrawMeasureButton.class);
    }
}
