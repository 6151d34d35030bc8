package th.ita.oit;

import java.time.OffsetDateTime;
import java.util.List;

/** The latest fetch of a URL: its outcome, when, and the HTTP status if there was one. */
public record LastCheck(CheckStatus status, OffsetDateTime at, Integer httpStatus) {

    /** From a {@code web_check} row's {@code last_status} and its companions: none when the URL was never fetched. */
    static LastCheck ofRow(String status, OffsetDateTime at, Integer httpStatus) {
        return status == null ? null : new LastCheck(CheckStatus.valueOf(status), at, httpStatus);
    }

    public boolean isProblem() {
        return status.isProblem();
    }

    /**
     * The message key that says what the website answered in words a division can act on: a 404 is "page not found",
     * not just "an HTTP error"; with {@link #messageArguments()}.
     */
    public String messageKey() {
        if (status == CheckStatus.HTTP_ERROR) {
            // A redirect loop has no status to show.
            return httpStatus == null ? "oit.check.HTTP_ERROR"
                    : httpStatus == 404 || httpStatus == 410 ? "oit.problem.NOT_FOUND" : "oit.problem.HTTP_ERROR";
        }
        return "oit.problem." + status;
    }

    /** The HTTP status (as plain digits, not "1,404") for the keys that show it. */
    public Object[] messageArguments() {
        return httpStatus == null ? new Object[0] : List.of(String.valueOf(httpStatus)).toArray();
    }
}
