package th.ita.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

@Repository
class NotificationRepository {

    /** Parameters are kept in one column; the unit separator never occurs in our texts. */
    private static final String SEPARATOR = "\u001F";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long organisationId, String recipient, String messageKey, List<String> args, String processInstanceId,
                OffsetDateTime at) {
        insert(organisationId, recipient, messageKey, args, processInstanceId, null, at);
    }

    void insert(long organisationId, String recipient, String messageKey, List<String> args, String processInstanceId,
                String taskId, OffsetDateTime at) {
        jdbc.sql("insert into notification (organisation_id, recipient, message_key, args, process_instance_id, task_id, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(organisationId, recipient, messageKey, String.join(SEPARATOR, args), processInstanceId, taskId, at)
                .update();
    }

    /** The newest notifications of the recipient, read or not. */
    List<Notification> recent(String recipient, int limit) {
        return list("where recipient = ?", recipient, limit);
    }

    private List<Notification> list(String where, String recipient, int limit) {
        return jdbc.sql("select id, recipient, message_key, args, process_instance_id, task_id, created_at, read_at "
                        + "from notification " + where + " order by created_at desc, id desc limit ?")
                .params(recipient, limit)
                .query((rs, row) -> new Notification(rs.getLong("id"), rs.getString("recipient"),
                        rs.getString("message_key"), split(rs.getString("args")), rs.getString("process_instance_id"),
                        rs.getString("task_id"), rs.getObject("created_at", OffsetDateTime.class), rs.getObject("read_at", OffsetDateTime.class) == null))
                .list();
    }

    long countUnread(String recipient) {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
                .param(recipient).query(Long.class).single();
    }

    void markAllRead(String recipient, OffsetDateTime at) {
        jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null")
                .params(at, recipient).update();
    }

    private static List<String> split(String args) {
        return args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
    }
}
