package th.ita.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.shared.HasValidationProperties;
import th.ita.forms.FormDefinition;
import th.ita.forms.FormField;
import th.ita.forms.FormValidator;
import th.ita.forms.FormViolation;
import th.ita.forms.Option;
import th.ita.ui.Messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A Camunda Form (the same {@code forms/*.form} file Tasklist renders) as Vaadin fields. Fields hidden by
 * their FEEL hide condition are hidden and left out of {@link #values()}, re-evaluated on every change;
 * {@link #validate()} applies the server's {@link FormValidator} rules and marks each broken one at its field.
 * Call {@link #validate()} before submitting {@link #values()}: unparsable input is returned as typed.
 */
public class CamundaFormView extends Composite<FormLayout> {

    private final FormDefinition form;
    private final FormValidator validator;
    private final Map<String, Input> inputs = new LinkedHashMap<>();

    public CamundaFormView(FormValidator validator, FormDefinition form) {
        this(validator, form, Map.of(), Map.of());
    }

    /**
     * @param initialValues values to show, by field key (e.g. the task's variables); a field without one shows
     *                      the form's default value
     * @param options       the options of select and radio fields with a {@code valuesKey}, by that key
     */
    public CamundaFormView(FormValidator validator, FormDefinition form, Map<String, ?> initialValues,
                           Map<String, List<Option>> options) {
        this.form = form;
        this.validator = validator;
        FormFieldFactory factory = new FormFieldFactory(options);
        for (FormField field : form.fields()) {
            if (!field.type().isInput()) {
                getContent().add(new Paragraph(plainText(field.label())));
                continue;
            }
            Object initial = initialValues.containsKey(field.key()) ? initialValues.get(field.key()) : field.defaultValue();
            Input input = factory.create(field, initial);
            ((HasValue<?, ?>) input.component()).addValueChangeListener(e -> refreshVisibility());
            inputs.put(field.key(), input);
            getContent().add(input.component());
        }
        refreshVisibility();
    }

    public FormDefinition form() {
        return form;
    }

    /** The component that edits field {@code key}, if the form has one. */
    public Optional<Component> field(String key) {
        return Optional.ofNullable(inputs.get(key)).map(Input::component);
    }

    /**
     * The entered values of the visible fields, by key, typed as Tasklist submits them: text as String,
     * a number as Long or Double (Thai digits accepted), a date as an ISO String, a checkbox as Boolean;
     * an empty number, date or choice as null.
     */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.forEach((key, input) -> {
            if (input.component().isVisible()) {
                values.put(key, input.value().get());
            }
        });
        return values;
    }

    /** Marks every broken rule at its field; true when there is none and {@link #values()} may be submitted. */
    public boolean validate() {
        inputs.values().forEach(input -> input.validation().setInvalid(false));
        List<FormViolation> violations = validator.validate(form, allValues());
        for (FormViolation violation : violations) {
            Input input = inputs.get(violation.fieldKey());
            if (input != null && !input.validation().isInvalid()) {
                input.validation().setErrorMessage(Messages.text(violation.toException()));
                input.validation().setInvalid(true);
            }
        }
        return violations.isEmpty();
    }

    private void refreshVisibility() {
        Set<String> hidden = validator.hiddenFields(form, allValues());
        inputs.forEach((key, input) -> {
            boolean visible = !hidden.contains(key);
            if (!visible) {
                input.validation().setInvalid(false);
            }
            input.component().setVisible(visible);
        });
    }

    /** The markdown of a text component without its markup characters: headings and emphasis read as plain text. */
    static String plainText(String markdown) {
        if (markdown == null) {
            return "";
        }
        return markdown.replaceAll("(?m)^\\s{0,3}#{1,6}\\s+", "").replaceAll("(\\*\\*|__)(.+?)\\1", "$2").strip();
    }

    /** Hidden fields included: a hide condition may read them, as in form-js. */
    private Map<String, Object> allValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.forEach((key, input) -> values.put(key, input.value().get()));
        return values;
    }

    /** One rendered field: its component and how to read the value the process receives. */
    record Input(Component component, Supplier<Object> value) {

        HasValidationProperties validation() {
            return (HasValidationProperties) component;
        }
    }
}
