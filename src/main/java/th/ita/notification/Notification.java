package th.ita.notification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A message for one user: a message key and its parameters, rendered in the reader's language. A hand-off links to
 * its task ({@code taskId}); a reminder or overdue notice to the measure's history.
 */
public record Notification(long id, String recipient, String messageKey, List<String> args, String processInstanceId,
                           String taskId, OffsetDateTime createdAt, boolean unread) {
}
