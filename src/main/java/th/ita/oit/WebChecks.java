package th.ita.oit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;

/**
 * The URLs the live checker watches ({@code web_check}), one row per organisation and URL however many items or
 * evidence links name it. Rows are added when a URL is entered, due at once, so the board soon shows it checked.
 */
@Repository
class WebChecks {

    private final JdbcClient jdbc;

    WebChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Watches the URLs from now on (a URL already watched keeps its history). */
    void track(long organisationId, Collection<String> urls, OffsetDateTime now) {
        for (String url : urls) {
            jdbc.sql("insert into web_check (organisation_id, url, next_check_at) select ?, ?, ? "
                            + "where not exists (select 1 from web_check where organisation_id = ? and url = ?)")
                    .params(organisationId, url, now, organisationId, url).update();
        }
    }

    /**
     * The URLs were approved now: the page last fetched is the approved page; one not yet seen alive gets its
     * baseline at its next alive fetch. A page flagged as changed is, from now on, the approved one.
     */
    void approved(long organisationId, Collection<String> urls, OffsetDateTime now) {
        track(organisationId, urls, now);
        for (String url : urls) {
            jdbc.sql("update web_check set approved_at = ?, "
                            + "baseline_sha256 = case when last_status in ('ALIVE', 'CHANGED') then last_sha256 end, "
                            + "flagged_at = case when last_status = 'CHANGED' then null else flagged_at end, "
                            + "last_status = case when last_status = 'CHANGED' then 'ALIVE' else last_status end "
                            + "where organisation_id = ? and url = ?")
                    .params(now, organisationId, url).update();
        }
    }

    /** Watches the URLs and checks them at the next round, even those watched already with a later check due. */
    void recheck(long organisationId, Collection<String> urls, OffsetDateTime now) {
        track(organisationId, urls, now);
        for (String url : urls) {
            jdbc.sql("update web_check set next_check_at = ? where organisation_id = ? and url = ? and next_check_at > ?")
                    .params(now, organisationId, url, now).update();
        }
    }
}
