package th.ita.shared;

import java.util.Arrays;

/**
 * Input the user can fix. Carries a message key of {@code messages*.properties} and its arguments, so
 * every screen shows it in the user's language; nothing has been saved when it is thrown.
 */
public class UserInputException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserInputException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /**
     * The engine wraps what a task listener throws; when one of our listeners refused (a form rule, a step guard),
     * the caller must see that refusal, not an engine error. Returns the refusal inside {@code failure}, or the
     * failure itself.
     */
    public static RuntimeException unwrap(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserInputException refusal) {
                return refusal;
            }
        }
        return failure;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
