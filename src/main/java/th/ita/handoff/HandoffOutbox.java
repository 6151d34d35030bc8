package th.ita.handoff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code handoff_notice}: the e-mail and LINE side of each hand-off, per recipient, until it is combined and sent. */
@Repository
class HandoffOutbox {

    enum Kind { ARRIVED, ACCEPTED, RETURNED }

    /** A recipient with notices waiting: the oldest and newest of them. */
    record Waiting(long organisationId, String recipient, OffsetDateTime oldest, OffsetDateTime newest) {
    }

    record Notice(long id, Kind kind, String text, String link) {
    }

    private final JdbcClient jdbc;

    HandoffOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long organisationId, String recipient, Kind kind, String text, String link, String processInstanceId,
             String taskId, OffsetDateTime now) {
        jdbc.sql("insert into handoff_notice (organisation_id, recipient, kind, message_text, link, process_instance_id, "
                        + "task_id, status, created_at) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)")
                .params(organisationId, recipient, kind.name(), text, link, processInstanceId, taskId, now)
                .update();
    }

    /** Recipients with pending notices no live node is sending, at most {@code limit}, longest waiting first. */
    List<Waiting> waiting(OffsetDateTime now, int limit) {
        return jdbc.sql("select organisation_id, recipient, min(created_at) as oldest, max(created_at) as newest "
                        + "from handoff_notice where status = 'PENDING' and (lease_until is null or lease_until < ?) "
                        + "group by organisation_id, recipient order by min(created_at) limit ?")
                .params(now, limit)
                .query((rs, n) -> new Waiting(rs.getLong("organisation_id"), rs.getString("recipient"),
                        rs.getObject("oldest", OffsetDateTime.class), rs.getObject("newest", OffsetDateTime.class)))
                .list();
    }

    /**
     * Claims the recipient's pending notices created up to {@code upTo} for this node: a conditional update, so of
     * several nodes at once each notice goes to one. Returns what this node now holds.
     */
    List<Notice> claim(long organisationId, String recipient, OffsetDateTime upTo, String node, OffsetDateTime now,
                       OffsetDateTime until) {
        jdbc.sql("update handoff_notice set lease_until = ?, lease_owner = ? where organisation_id = ? and recipient = ? "
                        + "and status = 'PENDING' and created_at <= ? and (lease_until is null or lease_until < ?)")
                .params(until, node, organisationId, recipient, upTo, now).update();
        return jdbc.sql("select id, kind, message_text, link from handoff_notice where organisation_id = ? and recipient = ? "
                        + "and status = 'PENDING' and lease_owner = ? and lease_until = ? order by created_at, id")
                .params(organisationId, recipient, node, until)
                .query((rs, n) -> new Notice(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
                        rs.getString("message_text"), rs.getString("link")))
                .list();
    }

    void sent(List<Notice> notices, OffsetDateTime now) {
        for (Notice notice : notices) {
            jdbc.sql("update handoff_notice set status = 'SENT', sent_at = ?, lease_until = null, lease_owner = null "
                    + "where id = ?").params(now, notice.id()).update();
        }
    }
}
