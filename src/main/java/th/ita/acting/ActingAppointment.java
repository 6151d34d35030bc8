package th.ita.acting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One appointment of an acting person (ผู้รักษาราชการแทน): who acts for whom in which group, from which day to which
 * (both included), who recorded it and when, and, if it was ended early, who ended it and when. Never edited.
 */
public record ActingAppointment(long id, long organisationId, String actingUserId, String actedForUserId,
                                String actedForGroup, LocalDate startsOn, LocalDate endsOn, String recordedBy,
                                OffsetDateTime recordedAt, String endedBy, OffsetDateTime endedAt) {

    public enum Status { UPCOMING, IN_FORCE, OVER, ENDED_EARLY }

    public Status status(LocalDate today) {
        if (endedAt != null) {
            return Status.ENDED_EARLY;
        }
        if (today.isBefore(startsOn)) {
            return Status.UPCOMING;
        }
        return today.isAfter(endsOn) ? Status.OVER : Status.IN_FORCE;
    }

    /** Whether ending it still changes anything: it has not ended, early or on its last day. */
    public boolean mayEnd(LocalDate today) {
        Status status = status(today);
        return status == Status.UPCOMING || status == Status.IN_FORCE;
    }
}
