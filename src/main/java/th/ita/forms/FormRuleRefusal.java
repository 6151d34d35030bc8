package th.ita.forms;

import th.ita.shared.UserInputException;

/**
 * The engine wraps what a task listener throws; when the form's rules refused a completion, the user must see that
 * refusal (a message in their language), not an engine error.
 */
public final class FormRuleRefusal {

    private FormRuleRefusal() {
    }

    /** The {@link UserInputException} inside {@code failure}, if the form's rules caused it; else the failure itself. */
    public static RuntimeException unwrap(RuntimeException failure) {
        return UserInputException.unwrap(failure);
    }
}
