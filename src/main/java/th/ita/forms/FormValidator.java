package th.ita.forms;

import org.springframework.stereotype.Component;
import th.ita.shared.ThaiNumbers;
import th.ita.shared.UserInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a Camunda Form (required, lengths, bounds, pattern, options), checked on the server when a
 * task is completed and by the Vaadin form before it submits, so both refuse the same input. Fields that
 * their hide condition hides are skipped, as form-js skips them.
 */
@Component
public class FormValidator {

    private final FormDefinitions definitions;
    private final FormConditions conditions;

    public FormValidator(FormDefinitions definitions, FormConditions conditions) {
        this.definitions = definitions;
        this.conditions = conditions;
    }

    /** Every broken rule, in the form's field order; empty when the values can be submitted. */
    public List<FormViolation> validate(FormDefinition form, Map<String, ?> values) {
        Set<String> hidden = hidden(form, typed(form, values));
        List<FormViolation> violations = new ArrayList<>();
        for (FormField field : form.fields()) {
            if (field.isValidated() && !hidden.contains(field.key())) {
                check(field, values.get(field.key()), violations);
            }
        }
        return violations;
    }

    /** {@link UserInputException} for the first broken rule of form {@code formId}, naming the field's label. */
    public void requireValid(String formId, Map<String, ?> values) {
        FormDefinition form = definitions.find(formId)
                .orElseThrow(() -> new FormDefinitionException("No form with id " + formId + " in " + FormDefinitions.LOCATION));
        List<FormViolation> violations = validate(form, values);
        if (!violations.isEmpty()) {
            throw violations.get(0).toException();
        }
    }

    /** The keys of the fields whose hide condition is true for these values. */
    public Set<String> hiddenFields(FormDefinition form, Map<String, ?> values) {
        return hidden(form, typed(form, values));
    }

    private Set<String> hidden(FormDefinition form, Map<String, Object> typed) {
        Set<String> hidden = new LinkedHashSet<>();
        for (FormField field : form.fields()) {
            if (field.key() != null && conditions.isHidden(field, typed)) {
                hidden.add(field.key());
            }
        }
        return hidden;
    }

    /** The values as FEEL should see them: numbers typed with Thai digits as numbers, ISO dates as dates. */
    private static Map<String, Object> typed(FormDefinition form, Map<String, ?> values) {
        Map<String, Object> typed = new HashMap<>(values);
        for (FormField field : form.inputFields()) {
            // An unparsable entry stays as typed: FEEL then compares text with a number, and the field is flagged.
            if (values.get(field.key()) instanceof String text && !text.isBlank()) {
                Object value = switch (field.type()) {
                    case NUMBER -> number(text);
                    case DATETIME -> date(text);
                    default -> null;
                };
                if (value != null) {
                    typed.put(field.key(), value);
                }
            }
        }
        return typed;
    }

    private static void check(FormField field, Object value, List<FormViolation> violations) {
        String label = field.label() == null || field.label().isBlank() ? field.key() : field.label();
        if (isEmpty(field, value)) {
            if (field.required()) {
                violations.add(violation(field, "form.error.required", label));
            }
            return;
        }
        switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> checkText(field, label, value.toString(), violations);
            case NUMBER -> checkNumber(field, label, value, violations);
            case SELECT, RADIO -> checkOption(field, label, value.toString(), violations);
            case DATETIME -> {
                if (!(value instanceof LocalDate) && date(value.toString()) == null) {
                    violations.add(violation(field, "form.error.date", label));
                }
            }
            default -> {
                // A checkbox has no rule beyond being ticked when required.
            }
        }
    }

    private static boolean isEmpty(FormField field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return true;
        }
        // form-js submits an unticked checkbox as false; a required one must be ticked.
        return field.type() == FieldType.CHECKBOX && !Boolean.parseBoolean(value.toString());
    }

    private static void checkText(FormField field, String label, String text, List<FormViolation> violations) {
        if (field.minLength() != null && text.length() < field.minLength()) {
            violations.add(violation(field, "form.error.minLength", label, field.minLength().toString()));
        }
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            violations.add(violation(field, "form.error.maxLength", label, field.maxLength().toString()));
        }
        if (field.pattern() != null && !field.pattern().isEmpty() && !Pattern.compile(field.pattern()).matcher(text).matches()) {
            violations.add(violation(field, "form.error.pattern", label));
        }
    }

    private static void checkNumber(FormField field, String label, Object value, List<FormViolation> violations) {
        BigDecimal number = value instanceof Number n ? new BigDecimal(n.toString()) : number(value.toString());
        if (number == null) {
            violations.add(violation(field, "form.error.number", label));
            return;
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            violations.add(violation(field, "form.error.min", label, plain(field.min())));
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            violations.add(violation(field, "form.error.max", label, plain(field.max())));
        }
    }

    private static void checkOption(FormField field, String label, String value, List<FormViolation> violations) {
        if (field.hasStaticOptions() && field.values().stream().noneMatch(o -> o.value().equals(value))) {
            violations.add(violation(field, "form.error.option", label));
        }
    }

    /** The number in {@code text}, Thai digits allowed; null when it is not one. */
    static BigDecimal number(String text) {
        try {
            return ThaiNumbers.parseDecimal(text, "form.field");
        } catch (UserInputException e) {
            return null;
        }
    }

    /** The ISO date (as form-js submits a date) in {@code text}; null when it is not one. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static FormViolation violation(FormField field, String messageKey, Object... arguments) {
        return new FormViolation(field.key(), messageKey, List.of(arguments));
    }
}
