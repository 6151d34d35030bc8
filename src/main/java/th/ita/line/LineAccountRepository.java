package th.ita.line;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The LINE accounts people linked ({@code line_account}) and the one-time codes they link with
 * ({@code line_link_code}), each row under its organisation. The SQL of {@link LineLinking} and {@link LineNotices};
 * they own the transactions.
 */
@Repository
class LineAccountRepository {

    private final JdbcClient jdbc;

    LineAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> lineUserOf(long organisationId, String userId) {
        return jdbc.sql("select line_user_id from line_account where organisation_id = ? and user_id = ?")
                .params(organisationId, userId).query(String.class).optional();
    }

    boolean isLinked(long organisationId, String userId) {
        return jdbc.sql("select count(*) from line_account where organisation_id = ? and user_id = ?")
                .params(organisationId, userId).query(Long.class).single() > 0;
    }

    void unlink(long organisationId, String userId) {
        jdbc.sql("delete from line_account where organisation_id = ? and user_id = ?")
                .params(organisationId, userId).update();
    }

    /** One LINE account per person and one person per LINE account within the organisation. */
    void link(long organisationId, String userId, String lineUserId, OffsetDateTime now) {
        jdbc.sql("delete from line_account where organisation_id = ? and (user_id = ? or line_user_id = ?)")
                .params(organisationId, userId, lineUserId).update();
        jdbc.sql("insert into line_account (organisation_id, user_id, line_user_id, linked_at) values (?, ?, ?, ?)")
                .params(organisationId, userId, lineUserId, now).update();
    }

    /** The person's earlier code and every expired code of the organisation stop working. */
    void forgetCodes(long organisationId, String userId, OffsetDateTime now) {
        jdbc.sql("delete from line_link_code where organisation_id = ? and (user_id = ? or expires_at < ?)")
                .params(organisationId, userId, now).update();
    }

    void forgetCodesOf(long organisationId, String userId) {
        jdbc.sql("delete from line_link_code where organisation_id = ? and user_id = ?").params(organisationId, userId).update();
    }

    boolean codeTaken(long organisationId, String code) {
        return jdbc.sql("select count(*) from line_link_code where organisation_id = ? and code = ?")
                .params(organisationId, code).query(Long.class).single() > 0;
    }

    void saveCode(long organisationId, String userId, String code, OffsetDateTime expires) {
        jdbc.sql("insert into line_link_code (organisation_id, user_id, code, expires_at) values (?, ?, ?, ?)")
                .params(organisationId, userId, code, expires).update();
    }

    /** Whose live code this is. */
    Optional<String> holderOf(long organisationId, String code, OffsetDateTime now) {
        return jdbc.sql("select user_id from line_link_code where organisation_id = ? and code = ? and expires_at >= ?")
                .params(organisationId, code, now).query(String.class).optional();
    }
}
