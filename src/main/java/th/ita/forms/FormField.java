package th.ita.forms;

import java.math.BigDecimal;
import java.util.List;

/**
 * One component of a Camunda Form, with the validation rules form-js applies to it.
 *
 * @param key           the process variable; null for static text
 * @param hideCondition the FEEL expression of {@code conditional.hide} without its leading "=", or null
 * @param valuesKey     the input variable that holds the options at run time, instead of static {@code values}
 */
public record FormField(String key, FieldType type, String label, boolean required, Integer minLength,
                        Integer maxLength, BigDecimal min, BigDecimal max, String pattern, List<Option> values,
                        String valuesKey, Object defaultValue, boolean readonly, String hideCondition,
                        String description) {

    public FormField {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** Whether the server checks the value: static text and read-only fields are only shown. */
    public boolean isValidated() {
        return type.isInput() && !readonly && key != null;
    }

    public boolean hasHideCondition() {
        return hideCondition != null && !hideCondition.isBlank();
    }

    /** Whether the options are the form's own, so a value outside them is refused. */
    public boolean hasStaticOptions() {
        return type.hasOptions() && valuesKey == null;
    }
}
