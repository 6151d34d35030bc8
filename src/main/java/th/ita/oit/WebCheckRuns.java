package th.ita.oit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The checker's side of {@code web_check}: which URLs exist to check, claiming due ones (one node per URL), and
 * recording what a fetch found. Evidence links come from the measures of plans (their organisation is the plan's).
 */
@Repository
class WebCheckRuns {

    /** Evidence links with their organisation, through the measure's plan. */
    private static final String EVIDENCE_LINKS = "select p.organisation_id, e.url, e.process_instance_id, e.division_code "
            + "from evidence e join plan_measure m on m.process_instance_id = e.process_instance_id "
            + "join improvement_plan p on p.id = m.plan_id where e.url is not null";

    private final JdbcClient jdbc;

    WebCheckRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Target(long id, long organisationId, String url, String websiteDomain, OffsetDateTime approvedAt,
                  String baselineSha256, String lastStatus, OffsetDateTime flaggedAt) {
    }

    record EvidenceUse(String processInstanceId, String divisionCode) {
    }

    record ItemUse(String code, String divisionCode) {
    }

    /**
     * Every URL in use is watched, every URL no longer used is forgotten (with its log), and an evidence link becomes
     * approved once its division's part is accepted: from then on its page should not change.
     */
    void sync(OffsetDateTime now) {
        jdbc.sql("insert into web_check (organisation_id, url, next_check_at) "
                        + "select distinct i.organisation_id, u.url, ? from oit_url u join oit_item i on i.id = u.item_id "
                        + "where not exists (select 1 from web_check w where w.organisation_id = i.organisation_id and w.url = u.url)")
                .param(now).update();
        jdbc.sql("insert into web_check (organisation_id, url, next_check_at) select distinct l.organisation_id, l.url, ? "
                        + "from (" + EVIDENCE_LINKS + ") l "
                        + "where not exists (select 1 from web_check w where w.organisation_id = l.organisation_id and w.url = l.url)")
                .param(now).update();
        jdbc.sql("delete from web_check where not exists (select 1 from oit_url u join oit_item i on i.id = u.item_id "
                        + "where i.organisation_id = web_check.organisation_id and u.url = web_check.url) "
                        + "and not exists (select 1 from (" + EVIDENCE_LINKS + ") l "
                        + "where l.organisation_id = web_check.organisation_id and l.url = web_check.url)")
                .update();
        jdbc.sql("update web_check set approved_at = ? where approved_at is null and exists (select 1 from ("
                        + EVIDENCE_LINKS + ") l join measure_part_outcome o on o.process_instance_id = l.process_instance_id "
                        + "and o.division_code = l.division_code where l.organisation_id = web_check.organisation_id "
                        + "and l.url = web_check.url and (o.progress = 'ACCEPTED' or o.outcome = 'DONE'))")
                .param(now).update();
    }

    /** Candidates: due (or, with {@code anyTime}, all) of one organisation or all, not claimed by a live node. */
    List<Long> candidates(Long organisationId, boolean anyTime, OffsetDateTime now, int limit) {
        List<Object> params = new java.util.ArrayList<>();
        StringBuilder sql = new StringBuilder("select id from web_check where (lease_until is null or lease_until < ?)");
        params.add(now);
        if (!anyTime) {
            sql.append(" and next_check_at <= ?");
            params.add(now);
        }
        if (organisationId != null) {
            sql.append(" and organisation_id = ?");
            params.add(organisationId);
        }
        sql.append(" order by next_check_at, id limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    }

    /** One node wins a row: the conditional update succeeds for exactly one of several nodes trying at once. */
    boolean claim(long id, String node, OffsetDateTime now, OffsetDateTime until) {
        return jdbc.sql("update web_check set lease_until = ?, lease_owner = ? where id = ? "
                        + "and (lease_until is null or lease_until < ?)")
                .params(until, node, id, now).update() == 1;
    }

    Optional<Target> target(long id) {
        return jdbc.sql("select w.id, w.organisation_id, w.url, o.website_domain, w.approved_at, w.baseline_sha256, "
                        + "w.last_status, w.flagged_at from web_check w join organisation o on o.id = w.organisation_id "
                        + "where w.id = ?")
                .param(id)
                .query((rs, n) -> new Target(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("url"),
                        rs.getString("website_domain"), rs.getObject("approved_at", OffsetDateTime.class),
                        rs.getString("baseline_sha256"), rs.getString("last_status"),
                        rs.getObject("flagged_at", OffsetDateTime.class)))
                .optional();
    }

    /** The result, the next due time, the lease given back; {@code baseline} set or kept; the flag set or cleared. */
    void record(long id, CheckStatus status, FetchResult result, String baseline, OffsetDateTime flaggedAt,
                OffsetDateTime now, OffsetDateTime nextCheck) {
        jdbc.sql("update web_check set last_status = ?, last_http_status = ?, last_sha256 = ?, last_checked_at = ?, "
                        + "baseline_sha256 = ?, flagged_at = ?, next_check_at = ?, lease_until = null, lease_owner = null "
                        + "where id = ?")
                .params(status.name(), result.httpStatus(), result.sha256(), now, baseline, flaggedAt, nextCheck, id)
                .update();
        jdbc.sql("insert into web_check_log (web_check_id, checked_at, status, http_status, sha256, final_url, detail) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, now, status.name(), result.httpStatus(), result.sha256(), cut(result.finalUrl(), 2000),
                        cut(result.detail(), 500))
                .update();
    }

    /** The OIT items (any year) that give this URL, with their divisions. */
    List<ItemUse> items(long organisationId, String url) {
        return jdbc.sql("select distinct i.code, i.division_code from oit_item i join oit_url u on u.item_id = i.id "
                        + "where i.organisation_id = ? and u.url = ? order by i.code")
                .params(organisationId, url)
                .query((rs, n) -> new ItemUse(rs.getString("code"), rs.getString("division_code"))).list();
    }

    /** The measures whose evidence links to this URL, with the divisions that linked it. */
    List<EvidenceUse> evidence(long organisationId, String url) {
        return jdbc.sql("select distinct l.process_instance_id, l.division_code from (" + EVIDENCE_LINKS + ") l "
                        + "where l.organisation_id = ? and l.url = ? order by l.process_instance_id, l.division_code")
                .params(organisationId, url)
                .query((rs, n) -> new EvidenceUse(rs.getString("process_instance_id"), rs.getString("division_code")))
                .list();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
