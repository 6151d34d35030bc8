package th.ita.audit;

import th.ita.shared.UserInputException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * What part of an audit timeline to show; every part is optional (null = any). Dates are whole days in the
 * server's zone, both ends included, because people ask for "from the 1st to the 30th", not for instants.
 */
public record AuditFilter(String userId, String division, TimelineEntry.Kind kind, LocalDate from, LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        userId = blankToNull(userId);
        division = blankToNull(division);
        if (from != null && to != null && from.isAfter(to)) {
            throw new UserInputException("audit.error.range");
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    boolean matches(TimelineEntry entry, ZoneId zone) {
        return (userId == null || userId.equals(entry.userId()))
                && (division == null || division.equals(entry.division()))
                && (kind == null || kind == entry.kind())
                && (from == null || !entry.time().before(startOf(from, zone)))
                && (to == null || entry.time().before(startOf(to.plusDays(1), zone)));
    }

    private static Date startOf(LocalDate day, ZoneId zone) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
