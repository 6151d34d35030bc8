package th.ita.forms;

import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import th.ita.shared.UserInputException;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a completion may carry: the input fields of the step's own form, each a plain value (text, number, true or
 * false, date; a list of option values for a select), an option the form offers where it has options. Anything else
 * — another step's field, a fact of the measure, a serialised Java object, a file, a JSON object — would be stored as
 * a process variable for the next step to trust, so it is refused naming the field, before anything changes.
 */
final class SubmissionRules {

    /** The engine's plain types; everything else (Object, File, Bytes, Json, Xml) is refused. */
    private static final Set<ValueType> PLAIN = Set.of(ValueType.NULL, ValueType.STRING, ValueType.BOOLEAN,
            ValueType.INTEGER, ValueType.LONG, ValueType.SHORT, ValueType.DOUBLE, ValueType.DATE, ValueType.NUMBER);

    private SubmissionRules() {
    }

    /**
     * Refuses the first value of {@code submitted} the form does not accept.
     *
     * @param options the option values of a select whose options are a process variable ({@code valuesKey});
     *                null when that variable is not there (the step rules then check what it names)
     */
    static void check(FormDefinition form, Map<String, TypedValue> submitted,
                      Function<String, List<String>> options) {
        submitted.forEach((name, typed) -> {
            FormField field = form.field(name).filter(FormField::isValidated)
                    .orElseThrow(() -> new UserInputException("form.error.notOnForm", name));
            // The type before the value: a serialised object's value cannot even be read without deserialising it.
            if (typed != null && typed.getType() != null && !PLAIN.contains(typed.getType())) {
                throw new UserInputException("form.error.type", label(field));
            }
            Object value = typed == null ? null : typed.getValue();
            if (value == null) {
                return;
            }
            if (value instanceof Collection<?> many && field.type().hasOptions()) {
                for (Object one : many) {
                    if (!(one instanceof String text)) {
                        throw new UserInputException("form.error.type", label(field));
                    }
                    requireOption(field, text, options);
                }
                return;
            }
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Date)) {
                throw new UserInputException("form.error.type", label(field));
            }
            if (field.type().hasOptions() && !value.toString().isEmpty()) {
                requireOption(field, value.toString(), options);
            }
        });
    }

    /** The field as the form names it, as the form's own rules do. */
    private static String label(FormField field) {
        return field.label() == null || field.label().isBlank() ? field.key() : field.label();
    }

    private static void requireOption(FormField field, String value, Function<String, List<String>> options) {
        List<String> offered = field.hasStaticOptions() ? field.values().stream().map(Option::value).toList()
                : options.apply(field.valuesKey());
        if (offered != null && !offered.contains(value)) {
            throw new UserInputException("form.error.option", label(field));
        }
    }
}
