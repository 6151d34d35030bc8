package th.ita.assessment;

import java.util.List;

/**
 * One thing wrong in an uploaded file: the row (as numbered in the user's spreadsheet), the field's message
 * key, and the message key and arguments of the problem (arguments may be {@code RequiredText.FieldName}).
 */
public record ImportProblem(int row, String fieldKey, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
