package th.ita.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final Clock clock;

    public ProvinceReadLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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
        jdbc.sql("insert into province_read_log (user_id, organisation_id, what, read_at) values (?, ?, ?, ?)")
                .params(user.userId(), organisationId,
                        text.length() > MAX_WHAT ? text.substring(0, MAX_WHAT) : text, OffsetDateTime.now(clock))
                .update();
    }

    /** The latest reads, newest first; for platform administrators only. */
    @Transactional(readOnly = true)
    public List<Entry> latest(int limit, CurrentUser actor) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException(actor.userId() + " may not read the province read log");
        }
        return jdbc.sql("""
                        select l.id, l.user_id, l.organisation_id, o.name_th as organisation_name, l.what, l.read_at
                        from province_read_log l left join organisation o on o.id = l.organisation_id
                        order by l.read_at desc, l.id desc fetch first :limit rows only""")
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("user_id"),
                        rs.getObject("organisation_id", Long.class), rs.getString("organisation_name"),
                        rs.getString("what"), rs.getObject("read_at", OffsetDateTime.class)))
                .list();
    }
}
