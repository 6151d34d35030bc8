package th.ita.inbox.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import th.ita.division.Division;
import th.ita.forms.FormDefinitions;
import th.ita.forms.FormValidator;
import th.ita.forms.Option;
import th.ita.forms.ui.CamundaFormView;
import th.ita.measure.Decision;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The coordinator's completeness check, rendered from {@code forms/coordinator-check.form} (the file Camunda
 * Tasklist shows too): complete, or send one division's part back with a reason. The form's rules are checked
 * here and again by the server when the task completes.
 */
class CoordinatorCheckForm extends Composite<VerticalLayout> {

    static final String FORM_ID = "coordinator-check";

    record Check(Decision decision, String sendBackDivision, String reason) {
    }

    CoordinatorCheckForm(FormDefinitions forms, FormValidator validator, List<Division> divisions, Consumer<Check> onSubmit) {
        List<Option> options = divisions.stream().map(d -> new Option(d.name(getLocale()), d.code())).toList();
        CamundaFormView form = new CamundaFormView(validator, forms.find(FORM_ID).orElseThrow(), Map.of(),
                Map.of("divisionOptions", options));
        Button submit = new Button(getTranslation("task.submitDecision"), click -> {
            if (form.validate()) {
                Map<String, Object> values = form.values();
                onSubmit.accept(new Check(Decision.valueOf((String) values.get("coordinatorDecision")),
                        (String) values.get("sendBackDivision"), (String) values.get("coordinatorReason")));
            }
        });
        submit.setId("submit-coordinator-check");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().setPadding(false);
        getContent().add(form, submit);
    }
}
