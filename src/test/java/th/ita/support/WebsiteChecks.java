package th.ita.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import th.ita.oit.CheckStatus;

import java.time.OffsetDateTime;

/**
 * What the live checker would have recorded for a URL of an organisation ({@code web_check}), for the tests of the
 * screens that show it; the checker itself is tested against a local website (th.ita.oit.LiveChecksTest).
 */
@Component
public class WebsiteChecks {

    private final JdbcClient jdbc;

    WebsiteChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The URL's latest check; a problem is flagged from {@code at}, an alive answer clears the flag. */
    public void recorded(long organisationId, String url, CheckStatus status, Integer httpStatus, OffsetDateTime at) {
        jdbc.sql("insert into web_check (organisation_id, url, next_check_at) select ?, ?, ? "
                        + "where not exists (select 1 from web_check where organisation_id = ? and url = ?)")
                .params(organisationId, url, at.plusDays(1), organisationId, url).update();
        jdbc.sql("update web_check set last_status = ?, last_http_status = ?, last_checked_at = ?, flagged_at = ? "
                        + "where organisation_id = ? and url = ?")
                .params(status.name(), httpStatus, at, status.isProblem() ? at : null, organisationId, url).update();
    }
}
