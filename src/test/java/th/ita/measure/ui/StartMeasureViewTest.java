package th.ita.measure.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.support.KaribuTest;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartMeasureViewTest extends KaribuTest {

    @Autowired HistoryService historyService;

    @Test
    void coordinatorAssignsAMeasureToTwoDivisions() {
        String title = "มาตรการจากหน้าจอ " + UUID.randomUUID();
        login("coordinator");
        UI.getCurrent().navigate(StartMeasureView.class);
        StartMeasureView view = _get(StartMeasureView.class);
        _setValue(view.title, title);
        view.divisions.setValue(Set.copyOf(view.divisions.getListDataView().getItems()
                .filter(d -> d.code().equals("finance") || d.code().equals("works")).toList()));
        _click(view.start);

        NotificationsKt.expectNotifications("มอบหมายมาตรการแล้ว");
        assertThat(view.title.getValue()).isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().variableValueEquals("measureTitle", title).count())
                .isEqualTo(1);
    }

    @Test
    void missingTitleOrDivision_getsAThaiMessage_andKeepsWhatWasTyped() {
        login("coordinator");
        UI.getCurrent().navigate(StartMeasureView.class);
        StartMeasureView view = _get(StartMeasureView.class);
        _click(view.start);
        NotificationsKt.expectNotifications("กรุณากรอก \"มาตรการ\"");

        _setValue(view.title, "มาตรการที่ยังไม่มีกอง");
        _click(view.start);
        NotificationsKt.expectNotifications("กรุณาเลือกกองผู้รับผิดชอบอย่างน้อย 1 กอง");
        assertThat(view.title.getValue()).isEqualTo("มาตรการที่ยังไม่มีกอง");
    }

    @Test
    void officerCannotOpenTheAssignmentScreen() {
        login("finance.officer");

        UI.getCurrent().navigate("measures/new");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(StartMeasureView.class::isInstance);
        // Karibu reports the error view Vaadin shows instead, naming the cause.
        assertThatThrownBy(() -> _assertNone(StartMeasureView.class)).hasMessageContaining("AccessDeniedException");
    }
}
