package th.ita.forms;

import th.ita.shared.UserInputException;

import java.util.List;

/**
 * A rule of the form the entered value breaks. The first argument of every message is the field's label
 * from the form file.
 */
public record FormViolation(String fieldKey, String messageKey, List<Object> arguments) {

    public FormViolation {
        arguments = List.copyOf(arguments);
    }

    public UserInputException toException() {
        return new UserInputException(messageKey, arguments.toArray());
    }
}
