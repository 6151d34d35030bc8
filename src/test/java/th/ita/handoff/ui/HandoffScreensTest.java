package th.ita.handoff.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import th.ita.forms.ui.CamundaFormView;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.support.MeasureSteps;
import th.ita.notification.ui.NotificationsView;
import th.ita.preferences.NoticePreferences;
import th.ita.preferences.UserPreferences;
import th.ita.support.KaribuTest;
import th.ita.ui.ActionResult;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Where the work went after a step, said on the screen; and each person's own choice of how hand-offs reach them. */
class HandoffScreensTest extends KaribuTest {

    @Autowired MeasureService measureService;
    @Autowired TaskService taskService;
    @Autowired UserPreferences preferences;
    @Autowired MeasureSteps steps;

    @AfterEach
    void everyChannelAgain() {
        preferences.saveNotices("finance.head", NoticePreferences.DEFAULT);
    }

    @Test
    void theOfficerSubmits_andIsToldTheHeadOfFinanceHasTheWorkNow() {
        String measure = measureService.start("ส่งต่อหัวหน้า " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        Task task = taskService.createTaskQuery().processInstanceId(measure).singleResult();
        login("finance.officer");
        UI.getCurrent().navigate("task/" + task.getId());

        _setValue(_get(TextField.class, spec -> spec.withId("evidence-link")), "https://bantan.go.th/ita/report.pdf");
        _click(_get(Button.class, spec -> spec.withId("add-link")));
        _setValue(_get(TextArea.class, spec -> spec.withId("work-comment")), "ดำเนินการแล้ว");
        _click(_get(Button.class, spec -> spec.withId("submit-work")));

        assertThat(_get(ActionResult.class).getText()).isEqualTo("ส่งถึง หัวหน้ากองคลัง แล้ว");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHeadAccepts_andIsToldTheItaCoordinatorHasTheWorkNow() {
        String measure = measureService.start("ส่งต่อผู้ประสานงาน " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        steps.submit(measure, "finance");
        login("finance.head");
        UI.getCurrent().navigate("task/" + steps.task(measure, ImprovementMeasureProcess.TASK_HEAD_REVIEW, null).getId());

        CamundaFormView form = _get(CamundaFormView.class);
        ((RadioButtonGroup<String>) form.field("headDecision").orElseThrow()).setValue("ACCEPT");
        _click(_get(Button.class, spec -> spec.withId("submit-decision")));

        assertThat(_get(ActionResult.class).getText()).isEqualTo("ส่งถึง ผู้ประสานงาน ITA แล้ว");
    }

    @Test
    void noticeSettings_showTheChoices_andSaveThemForThePersonOnly() {
        login("finance.head");
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("notice-settings")).getHref()).isEqualTo(NoticePreferencesView.ROUTE);

        UI.getCurrent().navigate(NoticePreferencesView.class);
        Checkbox inApp = _get(Checkbox.class, spec -> spec.withId("notice-in-app"));
        assertThat(inApp.getValue()).isTrue();
        assertThat(inApp.isReadOnly()).as("in the app always").isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("notice-email")).getValue()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("notice-line")).getValue()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("notice-digest")).getValue()).isFalse();

        _setValue(_get(Checkbox.class, spec -> spec.withId("notice-email")), false);
        _setValue(_get(Checkbox.class, spec -> spec.withId("notice-digest")), true);
        _click(_get(Button.class, spec -> spec.withId("save-notices")));

        NotificationsKt.expectNotifications("บันทึกการตั้งค่าการแจ้งเตือนแล้ว");
        assertThat(preferences.notices("finance.head")).isEqualTo(new NoticePreferences(false, true, true));
        assertThat(preferences.notices("finance.officer")).isEqualTo(NoticePreferences.DEFAULT);
        // Shown as saved when the page is opened again.
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(NoticePreferencesView.class);
        assertThat(_get(Checkbox.class, spec -> spec.withId("notice-digest")).getValue()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("notice-email")).getValue()).isFalse();
    }
}
