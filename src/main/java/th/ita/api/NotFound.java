package th.ita.api;

import org.springframework.http.HttpStatus;
import th.ita.shared.UserInputException;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The services refuse a missing object, and another organisation's, with the same {@link UserInputException}
 * ({@code task.error.gone}, {@code plan.error.notFound}…): right for a screen, which shows the message. Over HTTP
 * the same refusal is a 404, with the same message, so that a script tells "no such thing" from "fix your input".
 */
public final class NotFound {

    private NotFound() {
    }

    /** Runs {@code call}; a refusal with one of {@code messageKeys} becomes a 404 problem. */
    public static <T> T call(Set<String> messageKeys, Supplier<T> call) {
        try {
            return call.get();
        } catch (UserInputException e) {
            if (messageKeys.contains(e.messageKey())) {
                throw new ApiProblemException(HttpStatus.NOT_FOUND, e.messageKey(), e.arguments());
            }
            throw e;
        }
    }

    public static void run(Set<String> messageKeys, Runnable call) {
        call(messageKeys, () -> {
            call.run();
            return null;
        });
    }
}
