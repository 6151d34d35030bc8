package th.ita.line;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code line_outbox}: messages queued with their notification, claimed by one node, and what became of them. */
@Repository
class LineOutbox {

    private final JdbcClient jdbc;

    LineOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Message(long id, long organisationId, String lineTo, String text, UUID retryKey, int attempts) {
    }

    void enqueue(long organisationId, String recipient, String lineTo, String text, OffsetDateTime now) {
        jdbc.sql("insert into line_outbox (organisation_id, recipient, line_to, message_text, retry_key, status, attempts, "
                        + "next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, 0, ?, ?)")
                .params(organisationId, recipient, lineTo, text, UUID.randomUUID(), DeliveryStatus.PENDING.name(), now, now)
                .update();
    }

    /** Due messages not claimed by a live node, oldest first. */
    List<Long> due(OffsetDateTime now, int limit) {
        return jdbc.sql("select id from line_outbox where status in ('PENDING', 'RETRYING') and next_attempt_at <= ? "
                        + "and (lease_until is null or lease_until < ?) order by next_attempt_at, id limit ?")
                .params(now, now, limit).query(Long.class).list();
    }

    /** One node wins a message: the conditional update succeeds for exactly one of several nodes trying at once. */
    boolean claim(long id, String node, OffsetDateTime now, OffsetDateTime until) {
        return jdbc.sql("update line_outbox set lease_until = ?, lease_owner = ? where id = ? "
                        + "and status in ('PENDING', 'RETRYING') and (lease_until is null or lease_until < ?)")
                .params(until, node, id, now).update() == 1;
    }

    Optional<Message> message(long id) {
        return jdbc.sql("select id, organisation_id, line_to, message_text, retry_key, attempts from line_outbox where id = ?")
                .param(id)
                .query((rs, n) -> new Message(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("line_to"),
                        rs.getString("message_text"), rs.getObject("retry_key", UUID.class), rs.getInt("attempts")))
                .optional();
    }

    /** The attempt's result; the lease given back. {@code nextAttempt} matters for RETRYING only. */
    void record(long id, DeliveryStatus status, Integer httpStatus, String error, OffsetDateTime now,
                OffsetDateTime nextAttempt) {
        jdbc.sql("update line_outbox set status = ?, attempts = attempts + 1, last_http_status = ?, last_error = ?, "
                        + "next_attempt_at = ?, sent_at = ?, lease_until = null, lease_owner = null where id = ?")
                .params(status.name(), httpStatus, cut(error), nextAttempt, status == DeliveryStatus.SENT ? now : null, id)
                .update();
    }

    /** The organisation's latest messages for its administrator. */
    List<Delivery> latest(long organisationId, int limit) {
        return jdbc.sql("select id, recipient, status, attempts, last_http_status, last_error, created_at, sent_at, "
                        + "next_attempt_at from line_outbox where organisation_id = ? order by created_at desc, id desc limit ?")
                .params(organisationId, limit)
                .query((rs, n) -> new Delivery(rs.getLong("id"), rs.getString("recipient"),
                        DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                        (Integer) rs.getObject("last_http_status"), rs.getString("last_error"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getObject("next_attempt_at", OffsetDateTime.class)))
                .list();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
