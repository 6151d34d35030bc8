package th.ita.line;

import java.time.OffsetDateTime;

/** One LINE message as its organisation's administrator sees it (without its text: that is the people's business). */
public record Delivery(long id, String recipient, DeliveryStatus status, int attempts, Integer lastHttpStatus,
                       String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt, OffsetDateTime nextAttemptAt) {
}
