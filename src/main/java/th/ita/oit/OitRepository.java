package th.ita.oit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The board's tables ({@code oit_item}, {@code oit_url}) and the latest live check of each URL ({@code web_check}). */
@Repository
class OitRepository {

    private final JdbcClient jdbc;

    OitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ItemRow(long id, String code, String divisionCode, String explanation, String updatedBy,
                   OffsetDateTime updatedAt, String approvedBy, OffsetDateTime approvedAt) {
    }

    record UrlRow(long itemId, String url, UUID evidenceId, String status, OffsetDateTime checkedAt, Integer httpStatus) {
    }

    /** A measure's link evidence, with the live checker's latest result for it (null fields before the first). */
    record EvidenceLink(UUID id, String url, String divisionCode, String status, OffsetDateTime checkedAt,
                        Integer httpStatus) {
    }

    Set<String> existingCodes(long organisationId, int year) {
        return Set.copyOf(jdbc.sql("select code from oit_item where organisation_id = ? and fiscal_year = ?")
                .params(organisationId, year).query(String.class).list());
    }

    /** An item of the board of {@code year}, following the framework of {@code frameworkYear} in its current version. */
    void insertItem(long organisationId, int year, String code, int frameworkYear) {
        jdbc.sql("insert into oit_item (organisation_id, fiscal_year, code, framework_year, framework_version) "
                        + "values (?, ?, ?, ?, (select version from ita_framework where fiscal_year = ?))")
                .params(organisationId, year, code, frameworkYear, frameworkYear).update();
    }

    /** The year whose framework the board's items follow; empty before the board's first opening. */
    Optional<Integer> frameworkYear(long organisationId, int year) {
        return jdbc.sql("select distinct coalesce(framework_year, fiscal_year) from oit_item "
                        + "where organisation_id = ? and fiscal_year = ?")
                .params(organisationId, year).query(Integer.class).list().stream().max(Integer::compare);
    }

    /** The board's items of an earlier framework, gone for the new one's; 0 when another confirmation came first. */
    int deleteItems(long organisationId, int year, int frameworkYear) {
        return jdbc.sql("delete from oit_item where organisation_id = ? and fiscal_year = ? "
                        + "and coalesce(framework_year, fiscal_year) = ?")
                .params(organisationId, year, frameworkYear).update();
    }

    /** An answer moved to another item: its division, explanation and who last wrote it; approval is not carried. */
    void moveAnswer(long itemId, ItemRow from) {
        jdbc.sql("update oit_item set division_code = ?, explanation = ?, updated_by = ?, updated_at = ? where id = ?")
                .params(from.divisionCode(), from.explanation(), from.updatedBy(), from.updatedAt(), itemId).update();
    }

    void insertUrl(long itemId, int seq, String url, UUID evidenceId) {
        jdbc.sql("insert into oit_url (item_id, seq, url, evidence_id) values (?, ?, ?, ?)")
                .params(itemId, seq, url, evidenceId).update();
    }

    /** The item was filled by a person's action (a carry-over): evidence is no longer taken over into it. */
    void touch(long itemId, String by, OffsetDateTime at) {
        jdbc.sql("update oit_item set updated_by = ?, updated_at = ? where id = ?").params(by, at, itemId).update();
    }

    void recordChange(long organisationId, int year, String kind, int fromYear, int toYear, int items, String dropped,
                      String by, OffsetDateTime at) {
        jdbc.sql("insert into oit_board_change (organisation_id, fiscal_year, kind, from_year, to_year, items, dropped, "
                        + "done_by, done_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(organisationId, year, kind, fromYear, toYear, items, dropped, by, at).update();
    }

    List<ItemRow> items(long organisationId, int year) {
        return jdbc.sql("select id, code, division_code, explanation, updated_by, updated_at, approved_by, approved_at "
                        + "from oit_item where organisation_id = ? and fiscal_year = ?")
                .params(organisationId, year)
                .query((rs, n) -> new ItemRow(rs.getLong("id"), rs.getString("code"), rs.getString("division_code"),
                        rs.getString("explanation"), rs.getString("updated_by"),
                        rs.getObject("updated_at", OffsetDateTime.class), rs.getString("approved_by"),
                        rs.getObject("approved_at", OffsetDateTime.class)))
                .list();
    }

    Optional<ItemRow> item(long organisationId, int year, String code) {
        return items(organisationId, year).stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Every URL of the year's items with its latest check, in one statement. */
    List<UrlRow> urls(long organisationId, int year) {
        return jdbc.sql("select u.item_id, u.url, u.evidence_id, w.last_status, w.last_checked_at, w.last_http_status "
                        + "from oit_url u join oit_item i on i.id = u.item_id "
                        + "left join web_check w on w.organisation_id = i.organisation_id and w.url = u.url "
                        + "where i.organisation_id = ? and i.fiscal_year = ? order by u.item_id, u.seq")
                .params(organisationId, year)
                .query((rs, n) -> new UrlRow(rs.getLong("item_id"), rs.getString("url"),
                        rs.getObject("evidence_id", UUID.class), rs.getString("last_status"),
                        rs.getObject("last_checked_at", OffsetDateTime.class),
                        (Integer) rs.getObject("last_http_status")))
                .list();
    }

    /** The link evidence of the measures of the organisation's plan of that year, oldest first, with their checks. */
    List<EvidenceLink> evidenceLinks(long organisationId, int year) {
        return jdbc.sql("select e.id, e.url, e.division_code, w.last_status, w.last_checked_at, w.last_http_status "
                        + "from evidence e "
                        + "join plan_measure m on m.process_instance_id = e.process_instance_id "
                        + "join improvement_plan p on p.id = m.plan_id "
                        + "left join web_check w on w.organisation_id = p.organisation_id and w.url = e.url "
                        + "where p.organisation_id = ? and p.fiscal_year = ? and e.url is not null "
                        + "order by e.uploaded_at, e.id")
                .params(organisationId, year)
                .query((rs, n) -> new EvidenceLink(rs.getObject("id", UUID.class), rs.getString("url"),
                        rs.getString("division_code"), rs.getString("last_status"),
                        rs.getObject("last_checked_at", OffsetDateTime.class), (Integer) rs.getObject("last_http_status")))
                .list();
    }

    void setDivision(long itemId, String divisionCode) {
        jdbc.sql("update oit_item set division_code = ? where id = ?").params(divisionCode, itemId).update();
    }

    void setDivisionIfNone(long itemId, String divisionCode) {
        jdbc.sql("update oit_item set division_code = ? where id = ? and division_code is null")
                .params(divisionCode, itemId).update();
    }

    /** A new answer: the URLs replaced, the explanation set, and any earlier approval withdrawn. */
    void saveAnswer(long itemId, List<String> urls, String explanation, String by, OffsetDateTime at) {
        List<UrlRow> before = jdbc.sql("select item_id, url, evidence_id from oit_url where item_id = ?").param(itemId)
                .query((rs, n) -> new UrlRow(itemId, rs.getString("url"), rs.getObject("evidence_id", UUID.class),
                        null, null, null)).list();
        jdbc.sql("delete from oit_url where item_id = ?").param(itemId).update();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            // A URL kept from the evidence stays linked to it.
            UUID evidence = before.stream().filter(b -> b.url().equals(url)).map(UrlRow::evidenceId).findFirst().orElse(null);
            jdbc.sql("insert into oit_url (item_id, seq, url, evidence_id) values (?, ?, ?, ?)")
                    .params(itemId, i + 1, url, evidence).update();
        }
        jdbc.sql("update oit_item set explanation = ?, updated_by = ?, updated_at = ?, approved_by = null, "
                        + "approved_at = null where id = ?")
                .params(explanation, by, at, itemId).update();
    }

    /** Adds a URL after the item's others, unless the item has it already: one taken from evidence, or carried over (no evidence id). */
    boolean addEvidenceUrl(long itemId, String url, UUID evidenceId) {
        Integer seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from oit_url where item_id = ?").param(itemId)
                .query(Integer.class).single();
        return jdbc.sql("insert into oit_url (item_id, seq, url, evidence_id) select ?, ?, ?, ? "
                        + "where not exists (select 1 from oit_url where item_id = ? and url = ?)")
                .params(itemId, seq, url, evidenceId, itemId, url).update() == 1;
    }

    void approve(long itemId, String by, OffsetDateTime at) {
        jdbc.sql("update oit_item set approved_by = ?, approved_at = ? where id = ?").params(by, at, itemId).update();
    }
}
