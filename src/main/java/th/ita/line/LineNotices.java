package th.ita.line;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Queues one text for one person on the organisation's LINE Official Account, in the caller's transaction, when the
 * organisation has a channel token and the person linked their LINE account with it; the LINE sender pushes it
 * (retries, one node per message). For features that compose their own messages (grouped hand-offs).
 */
@Component
public class LineNotices {

    private final LineAccountRepository accounts;
    private final LineOutbox outbox;
    private final LineChannels channels;
    private final LineProperties properties;
    private final Clock clock;

    LineNotices(LineAccountRepository accounts, LineOutbox outbox, LineChannels channels, LineProperties properties, Clock clock) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.channels = channels;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether a message was queued. */
    public boolean queue(long organisationId, String userId, String text) {
        if (channels.token(organisationId).isEmpty()) {
            return false;
        }
        return accounts.lineUserOf(organisationId, userId)
                .map(lineUser -> {
                    outbox.enqueue(organisationId, userId, lineUser, text, OffsetDateTime.now(clock));
                    return true;
                }).orElse(false);
    }

    /** The application's address as people open it ({@code ita.line.app-base-url}, ITA_BASE_URL), without a slash. */
    public String appBaseUrl() {
        return properties.appBaseUrl();
    }
}
