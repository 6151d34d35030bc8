package th.ita.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;

/** What province auditors read ({@code province_read_log}); {@link ProvinceReadLog} owns the transactions. */
@Repository
class ProvinceReadLogRepository {

    private final JdbcClient jdbc;

    ProvinceReadLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String userId, Long organisationId, String what, OffsetDateTime readAt) {
        jdbc.sql("insert into province_read_log (user_id, organisation_id, what, read_at) values (?, ?, ?, ?)")
                .params(userId, organisationId, what, readAt)
                .update();
    }

    /** The latest {@code limit} reads, newest first, with the organisation's name. */
    List<ProvinceReadLog.Entry> latest(int limit) {
        return jdbc.sql("""
                        select l.id, l.user_id, l.organisation_id, o.name_th as organisation_name, l.what, l.read_at
                        from province_read_log l left join organisation o on o.id = l.organisation_id
                        order by l.read_at desc, l.id desc fetch first :limit rows only""")
                .param("limit", limit)
                .query((rs, row) -> new ProvinceReadLog.Entry(rs.getLong("id"), rs.getString("user_id"),
                        rs.getObject("organisation_id", Long.class), rs.getString("organisation_name"),
                        rs.getString("what"), rs.getObject("read_at", OffsetDateTime.class)))
                .list();
    }
}
