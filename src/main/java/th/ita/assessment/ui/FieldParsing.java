package th.ita.assessment.ui;

import com.vaadin.flow.component.textfield.TextField;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Domain parsing of a text field with the problem shown at the field, in the user's language. The domain
 * types (Score, FiscalYear) stay the only place that knows what is valid; the form only says where.
 */
final class FieldParsing {

    private FieldParsing() {
    }

    /** The parsed value, or empty with the field marked; empty and unmarked when the parser gives null (blank). */
    static <T> Optional<T> parsed(TextField field, Supplier<T> parser) {
        try {
            T value = parser.get();
            field.setInvalid(false);
            return Optional.ofNullable(value);
        } catch (UserInputException e) {
            invalid(field, e);
            return Optional.empty();
        }
    }

    static void invalid(TextField field, UserInputException e) {
        field.setErrorMessage(Messages.text(e));
        field.setInvalid(true);
    }
}
