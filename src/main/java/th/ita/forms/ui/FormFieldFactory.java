package th.ita.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.shared.InputField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import th.ita.forms.FormField;
import th.ita.forms.Option;
import th.ita.shared.BuddhistDates;
import th.ita.shared.ThaiNumbers;
import th.ita.shared.UserInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

/** The open-source Vaadin component for each form-js component type, and how its value is read back. */
final class FormFieldFactory {

    private final Map<String, List<Option>> dynamicOptions;

    FormFieldFactory(Map<String, List<Option>> dynamicOptions) {
        this.dynamicOptions = dynamicOptions;
    }

    CamundaFormView.Input create(FormField field, Object initial) {
        return switch (field.type()) {
            case TEXTFIELD -> text(field, initial);
            case TEXTAREA -> textArea(field, initial);
            case NUMBER -> number(field, initial);
            case SELECT -> select(field, initial);
            case RADIO -> radio(field, initial);
            case CHECKBOX -> checkbox(field, initial);
            case DATETIME -> date(field, initial);
            case TEXT -> throw new IllegalArgumentException("Static text has no input: " + field);
        };
    }

    private static CamundaFormView.Input text(FormField field, Object initial) {
        TextField component = decorate(new TextField(), field);
        component.setManualValidation(true);
        lengths(field, component::setMaxLength);
        component.setValue(initial == null ? "" : initial.toString());
        return new CamundaFormView.Input(component, component::getValue);
    }

    private static CamundaFormView.Input textArea(FormField field, Object initial) {
        TextArea component = decorate(new TextArea(), field);
        component.setManualValidation(true);
        component.setWidthFull();
        lengths(field, component::setMaxLength);
        component.setValue(initial == null ? "" : initial.toString());
        return new CamundaFormView.Input(component, component::getValue);
    }

    /** A text field rather than a NumberField: the browser's number input refuses Thai digits. */
    private static CamundaFormView.Input number(FormField field, Object initial) {
        TextField component = decorate(new TextField(), field);
        component.setManualValidation(true);
        component.setValue(initial == null ? "" : plain(initial));
        return new CamundaFormView.Input(component, () -> number(component.getValue()));
    }

    private CamundaFormView.Input select(FormField field, Object initial) {
        List<Option> options = options(field);
        Select<String> component = decorate(new Select<>(), field);
        component.setManualValidation(true);
        component.setEmptySelectionAllowed(!field.required());
        component.setItems(options.stream().map(Option::value).toList());
        component.setItemLabelGenerator(value -> label(options, value));
        component.setValue(known(options, initial));
        return new CamundaFormView.Input(component, component::getValue);
    }

    private CamundaFormView.Input radio(FormField field, Object initial) {
        List<Option> options = options(field);
        RadioButtonGroup<String> component = decorate(new RadioButtonGroup<>(), field);
        component.setManualValidation(true);
        component.setItems(options.stream().map(Option::value).toList());
        component.setItemLabelGenerator(value -> label(options, value));
        component.setValue(known(options, initial));
        return new CamundaFormView.Input(component, component::getValue);
    }

    private static CamundaFormView.Input checkbox(FormField field, Object initial) {
        Checkbox component = decorate(new Checkbox(), field);
        component.setManualValidation(true);
        component.setValue(initial != null && Boolean.parseBoolean(initial.toString()));
        return new CamundaFormView.Input(component, component::getValue);
    }

    /**
     * Typed as day/month/Buddhist year, as on every other screen of this application (a DatePicker would show
     * the Gregorian year); submitted as an ISO date, as form-js submits it.
     */
    private static CamundaFormView.Input date(FormField field, Object initial) {
        TextField component = decorate(new TextField(), field);
        component.setManualValidation(true);
        component.setPlaceholder(component.getTranslation("form.date.placeholder"));
        component.setValue(BuddhistDates.format(isoDate(initial)));
        return new CamundaFormView.Input(component, () -> date(component.getValue()));
    }

    /** Label, helper text, required indicator and read-only state, the same for every field type. */
    private static <C extends Component & InputField<?, ?> & HasValidationProperties> C decorate(C component, FormField field) {
        component.setLabel(field.label());
        if (field.description() != null) {
            component.setHelperText(field.description());
        }
        component.setRequiredIndicatorVisible(field.required());
        component.setReadOnly(field.readonly());
        return component;
    }

    private List<Option> options(FormField field) {
        return field.hasStaticOptions() ? field.values() : dynamicOptions.getOrDefault(field.valuesKey(), List.of());
    }

    /** The initial choice when it is one of the options; a stale variable value is not shown as chosen. */
    private static String known(List<Option> options, Object initial) {
        return initial != null && options.stream().anyMatch(o -> o.value().equals(initial.toString()))
                ? initial.toString() : null;
    }

    private static String label(List<Option> options, String value) {
        return options.stream().filter(o -> Objects.equals(o.value(), value)).map(Option::label).findFirst()
                .orElse(value == null ? "" : value);
    }

    private static void lengths(FormField field, IntConsumer setMaxLength) {
        if (field.maxLength() != null) {
            setMaxLength.accept(field.maxLength());
        }
    }

    /** Long or Double as Tasklist submits numbers; the text itself when it is not a number, for the validator to flag. */
    private static Object number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = ThaiNumbers.parseDecimal(text, "form.field");
            BigDecimal whole = number.stripTrailingZeros();
            return whole.scale() <= 0 && whole.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                    ? (Object) whole.longValueExact() : (Object) number.doubleValue();
        } catch (UserInputException e) {
            return text;
        }
    }

    private static Object date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return BuddhistDates.parse(text, "form.field").toString();
        } catch (UserInputException e) {
            return text;
        }
    }

    private static LocalDate isoDate(Object initial) {
        if (initial instanceof LocalDate date) {
            return date;
        }
        try {
            return initial == null ? null : LocalDate.parse(initial.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String plain(Object number) {
        try {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number.toString();
        }
    }
}
