package th.ita.task.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.forms.ui.CamundaFormView;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.support.KaribuTest;
import th.ita.support.MeasureSteps;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator's completeness check, rendered from forms/coordinator-check.form in the task view. */
class CoordinatorCheckViewTest extends KaribuTest {

    @Autowired MeasureService measureService;
    @Autowired MeasureSteps steps;
    @Autowired TaskService taskService;

    @Test
    @SuppressWarnings("unchecked")
    void sendBackWithoutADivisionOrReason_isRefused_thenSendingBackFinanceReopensOnlyFinance() {
        String pi = measureService.start("มาตรการตรวจครบ " + UUID.randomUUID(), List.of("finance", "works"), users.user("coordinator"));
        steps.accept(pi, "finance", "works");
        Task check = task(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, "ita-coordinator");

        login("coordinator");
        UI.getCurrent().navigate("task/" + check.getId());
        CamundaFormView form = _get(CamundaFormView.class);
        ((RadioButtonGroup<String>) form.field("coordinatorDecision").orElseThrow()).setValue("SEND_BACK");
        _click(_get(Button.class, spec -> spec.withId("submit-decision")));
        assertThat(task(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, "ita-coordinator")).isNotNull();

        Select<String> division = (Select<String>) form.field("sendBackDivision").orElseThrow();
        assertThat(division.isVisible()).isTrue();
        assertThat(division.isInvalid()).isTrue();
        division.setValue("finance");
        // A send-back needs a reason: the server refuses it without one and nothing moves.
        _click(_get(Button.class, spec -> spec.withId("submit-decision")));
        assertThat(task(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, "ita-coordinator")).isNotNull();
        ((TextArea) form.field("coordinatorReason").orElseThrow()).setValue("ไม่มีภาพถ่ายกิจกรรม");
        _click(_get(Button.class, spec -> spec.withId("submit-decision")));

        assertThat(task(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, "ita-coordinator")).isNull();
        assertThat(taskService.createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey(ImprovementMeasureProcess.TASK_DIVISION_WORK).list()).singleElement()
                .satisfies(t -> assertThat(taskService.getVariable(t.getId(), "division")).isEqualTo("finance"));
    }

    private Task task(String pi, String key, String group) {
        return steps.task(pi, key, group);
    }
}
