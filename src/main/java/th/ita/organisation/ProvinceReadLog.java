package th.ita.organisation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import th.ita.security.CurrentUser;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The log of what province auditors read ({@code province_read_log}): they read organisations they do not belong
 * to, so the platform's administrators can see who looked at what, and when. Here, beside {@link OrganisationAccess},
 * because that is where an auditor's read of an organisation is let through.
 */
@Service
public class ProvinceReadLog {

    /** The province page itself, which reads every organisation of the province at once. */
    public static final String PROVINCE_OVERVIEW = "province-overview";
    private static final int MAX_WHAT = 200;

    private final ProvinceReadLogRepository log;
    private final Clock clock;

    ProvinceReadLog(ProvinceReadLogRepository log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public record Entry(long id, String userId, Long organisationId, String organisationName, String what,
                        OffsetDateTime readAt) {
    }

    /**
     * Records a read by a province auditor (anyone else's reads are their own organisation's and are not logged).
     * In a transaction of its own: the reads it records run in read-only transactions (PostgreSQL refuses an
     * insert there), and a read that fails afterwards was still attempted.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(CurrentUser user, Long organisationId, String what) {
        if (!user.isProvinceAuditor()) {
            return;
        }
        String text = what == null || what.isBlank() ? "read" : what.strip();
        log.insert(user.userId(), organisationId, text.length() > MAX_WHAT ? text.substring(0, MAX_WHAT) : text,
                OffsetDateTime.now(clock));
    }

    /** The latest reads, newest first; for platform administrators only. */
    @Transactional(readOnly = true)
    public List<Entry> latest(int limit, CurrentUser actor) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException(actor.userId() + " may not read the province read log");
        }
        return log.latest(Math.max(1, Math.min(limit, 1000)));
    }
}
