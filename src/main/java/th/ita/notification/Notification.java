package th.ita.notification;

import java.time.OffsetDateTime;
import java.util.List;

/** A message for one user: a message key and its parameters, rendered in the reader's language. */
public record Notification(long id, String recipient, String messageKey, List<String> args, String processInstanceId,
                           OffsetDateTime createdAt, boolean unread) {
}
