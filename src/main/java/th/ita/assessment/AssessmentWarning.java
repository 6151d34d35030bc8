package th.ita.assessment;

import java.util.List;

/** Something the user should look at although it was saved, as a message key and its arguments. */
public record AssessmentWarning(String messageKey, List<String> arguments) {

    public AssessmentWarning {
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
