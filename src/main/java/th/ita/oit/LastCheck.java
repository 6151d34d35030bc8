package th.ita.oit;

import java.time.OffsetDateTime;

/** The latest fetch of a URL: its outcome, when, and the HTTP status if there was one. */
public record LastCheck(CheckStatus status, OffsetDateTime at, Integer httpStatus) {
}
