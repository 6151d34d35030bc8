package th.ita.oit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import th.ita.shared.FiscalYear;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the live checker found, for the screens that show it beside their own data: the dashboard's flagged links and
 * a measure's history. One SQL statement per read, whatever the number of links. Not scoped: the caller has checked
 * that the user may read the organisation (as for the screen's own data) and reads within its own transaction.
 */
@Repository
public class LinkChecks {

    /**
     * The organisation's URLs with a problem, with every use of each: OIT items (any year) and measures of its plans
     * whose evidence links to it. The uses are a union of two small joins, each restricted to the organisation.
     */
    private static final String FLAGGED = """
            select w.url, w.last_status, w.last_http_status, w.last_checked_at, w.flagged_at,
                   u.kind, u.code, u.fiscal_year, u.process_instance_id, u.seq, u.text
            from web_check w
            left join (
                select u.url, 'OIT' as kind, i.code, i.fiscal_year, cast(null as varchar(64)) as process_instance_id,
                       cast(null as int) as seq, cast(null as varchar(2000)) as text
                from oit_item i join oit_url u on u.item_id = i.id where i.organisation_id = ?
                union
                select e.url, 'MEASURE' as kind, cast(null as varchar(10)) as code, p.fiscal_year, m.process_instance_id,
                       m.seq, m.text
                from evidence e join plan_measure m on m.process_instance_id = e.process_instance_id
                join improvement_plan p on p.id = m.plan_id
                where p.organisation_id = ? and e.url is not null
            ) u on u.url = w.url
            where w.organisation_id = ? and w.last_status is not null and w.last_status <> 'ALIVE'
            order by coalesce(w.flagged_at, w.last_checked_at), w.url, u.kind desc, u.fiscal_year, u.code, u.seq""";

    private final JdbcClient jdbc;

    LinkChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's flagged URLs, the longest failing first: one statement. */
    public List<FlaggedLink> flagged(long organisationId) {
        Map<String, Builder> links = new LinkedHashMap<>();
        jdbc.sql(FLAGGED).params(organisationId, organisationId, organisationId).query(rs -> {
            String url = rs.getString("url");
            Builder link = links.get(url);
            if (link == null) {
                link = new Builder(url, LastCheck.ofRow(rs.getString("last_status"), rs.getObject("last_checked_at", OffsetDateTime.class),
                        (Integer) rs.getObject("last_http_status")), rs.getObject("flagged_at", OffsetDateTime.class));
                links.put(url, link);
            }
            String kind = rs.getString("kind");
            if ("OIT".equals(kind)) {
                link.items.add(new FlaggedLink.OitUse(rs.getString("code"), FiscalYear.of(rs.getInt("fiscal_year"))));
            } else if ("MEASURE".equals(kind)) {
                link.measures.add(new FlaggedLink.MeasureUse(rs.getString("process_instance_id"), rs.getInt("seq"),
                        rs.getString("text"), FiscalYear.of(rs.getInt("fiscal_year"))));
            }
        });
        return links.values().stream().map(Builder::build).toList();
    }

    /**
     * Each link evidence of the measure, once however many rounds gave it, in the order first given, with its latest
     * check on the organisation's website: one statement.
     */
    public List<LinkState> ofMeasureEvidence(long organisationId, String processInstanceId) {
        return jdbc.sql("""
                        select e.url, min(e.uploaded_at) as first_given, w.last_status, w.last_http_status,
                               w.last_checked_at, w.flagged_at
                        from evidence e left join web_check w on w.organisation_id = ? and w.url = e.url
                        where e.process_instance_id = ? and e.url is not null
                        group by e.url, w.last_status, w.last_http_status, w.last_checked_at, w.flagged_at
                        order by first_given, e.url""")
                .params(organisationId, processInstanceId)
                .query((rs, n) -> new LinkState(rs.getString("url"), LastCheck.ofRow(rs.getString("last_status"),
                        rs.getObject("last_checked_at", OffsetDateTime.class), (Integer) rs.getObject("last_http_status")),
                        rs.getObject("flagged_at", OffsetDateTime.class)))
                .list();
    }

    private static final class Builder {
        private final String url;
        private final LastCheck check;
        private final OffsetDateTime since;
        private final List<FlaggedLink.OitUse> items = new ArrayList<>();
        private final List<FlaggedLink.MeasureUse> measures = new ArrayList<>();

        Builder(String url, LastCheck check, OffsetDateTime since) {
            this.url = url;
            this.check = check;
            this.since = since;
        }

        FlaggedLink build() {
            // A problem is flagged when first seen; a row from before flagging existed falls back to its check time.
            return new FlaggedLink(url, check, since != null ? since : check.at(), items, measures);
        }
    }
}
