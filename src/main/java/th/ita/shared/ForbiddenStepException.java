package th.ita.shared;

/**
 * A step the access table (docs/ACCESS.md) does not allow this user: the wrong role, somebody else's task, or a
 * decision on their own work. A {@link UserInputException} so that every door shows the user why in their
 * language; the REST door answers 403 for it instead of 400.
 */
public class ForbiddenStepException extends UserInputException {

    public ForbiddenStepException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
