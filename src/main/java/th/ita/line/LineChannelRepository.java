package th.ita.line;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

/** The channel token and secret an organisation's administrator entered ({@code line_channel}); see {@link LineChannels}. */
@Repository
class LineChannelRepository {

    private final JdbcClient jdbc;

    LineChannelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> token(long organisationId) {
        return jdbc.sql("select access_token from line_channel where organisation_id = ?").param(organisationId)
                .query(String.class).optional();
    }

    Optional<String> secret(long organisationId) {
        return jdbc.sql("select channel_secret from line_channel where organisation_id = ?").param(organisationId)
                .query(String.class).optional();
    }

    /** A null keeps the value stored before. */
    void save(long organisationId, String token, String secret, String userId, OffsetDateTime now) {
        int updated = jdbc.sql("update line_channel set access_token = coalesce(?, access_token), "
                        + "channel_secret = coalesce(?, channel_secret), updated_by = ?, updated_at = ? where organisation_id = ?")
                .params(token, secret, userId, now, organisationId).update();
        if (updated == 0) {
            jdbc.sql("insert into line_channel (organisation_id, access_token, channel_secret, updated_by, updated_at) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(organisationId, token, secret, userId, now).update();
        }
    }
}
