package th.ita.task.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import th.ita.division.Division;
import th.ita.forms.FormDefinitions;
import th.ita.forms.FormValidator;
import th.ita.forms.Option;
import th.ita.forms.ui.CamundaFormView;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A reviewer's step, rendered from the task's {@code forms/*.form} file (the same file Camunda Tasklist shows):
 * the form's rules are checked here before anything is sent, and again by the server when the task completes.
 * The measure's divisions are the options of the forms' division selects ({@code valuesKey: divisionOptions}).
 */
class TaskForm extends Composite<VerticalLayout> {

    static final String DIVISION_OPTIONS = "divisionOptions";

    final CamundaFormView form;
    final Button submit = new Button();

    TaskForm(FormDefinitions forms, FormValidator validator, String formId, List<Division> divisions, String submitId,
             Consumer<Map<String, Object>> onSubmit) {
        List<Option> options = divisions.stream().map(d -> new Option(d.name(getLocale()), d.code())).toList();
        form = new CamundaFormView(validator, forms.find(formId).orElseThrow(), Map.of(), Map.of(DIVISION_OPTIONS, options));
        submit.setText(getTranslation("review.submit"));
        submit.setId(submitId);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            if (form.validate()) {
                onSubmit.accept(form.values());
            }
        });
        getContent().setPadding(false);
        getContent().add(form, submit);
    }
}
