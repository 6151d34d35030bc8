package th.ita.line;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Pushes the queued LINE messages: claims each due one (one node per message), sends it without a database
 * transaction open during the call, and records the result. A 5xx, a 429 or a network failure is tried again after
 * {@code firstRetry}, doubled each time, with the same retry key; any other refusal, or {@code maxAttempts} failures,
 * gives the message up. Nothing here reaches the process: a notice that cannot go to LINE is still in the app.
 */
@Service
@EnableConfigurationProperties(LineProperties.class)
public class LineSender {

    private static final Logger log = LoggerFactory.getLogger(LineSender.class);

    private final LineOutbox outbox;
    private final LineChannels channels;
    private final LineClient client;
    private final LineProperties properties;
    private final Clock clock;
    /** This node's name in {@code lease_owner}, for whoever looks at a stuck lease. */
    private final String node;

    LineSender(LineOutbox outbox, LineChannels channels, LineClient client, LineProperties properties, Clock clock) {
        this.outbox = outbox;
        this.channels = channels;
        this.client = client;
        this.properties = properties;
        this.clock = clock;
        this.node = "node-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Sends what is due now; returns how many messages this node tried. */
    public int sendDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int tried = 0;
        for (long id : outbox.due(now, properties.batch())) {
            if (outbox.claim(id, node, now, now.plus(properties.lease()))) {
                outbox.message(id).ifPresent(this::send);
                tried++;
            }
        }
        return tried;
    }

    private void send(LineOutbox.Message message) {
        Optional<String> token = channels.token(message.organisationId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (token.isEmpty()) {
            outbox.record(message.id(), DeliveryStatus.FAILED, null, "no channel access token", now, now);
            return;
        }
        LineClient.Result result = client.push(message.organisationId(), token.get(), message.lineTo(), message.text(), message.retryKey());
        int attempts = message.attempts() + 1;
        now = OffsetDateTime.now(clock);
        switch (result.outcome()) {
            case SENT -> outbox.record(message.id(), DeliveryStatus.SENT, result.httpStatus(), null, now, now);
            case RETRY -> {
                if (attempts >= properties.maxAttempts()) {
                    giveUp(message, result, now);
                } else {
                    Duration doubled = backoff(attempts);
                    Duration wait = result.retryAfter().filter(asked -> asked.compareTo(doubled) > 0).orElse(doubled);
                    outbox.record(message.id(), DeliveryStatus.RETRYING, result.httpStatus(), result.error(), now,
                            now.plus(wait));
                }
            }
            case GIVE_UP -> giveUp(message, result, now);
        }
    }

    private void giveUp(LineOutbox.Message message, LineClient.Result result, OffsetDateTime now) {
        log.warn("LINE message {} of organisation {} given up after {} attempts: {}", message.id(),
                message.organisationId(), message.attempts() + 1, result.error());
        outbox.record(message.id(), DeliveryStatus.FAILED, result.httpStatus(), result.error(), now, now);
    }

    /** firstRetry × 2^(attempts − 1), at most maxRetryWait. */
    Duration backoff(int attempts) {
        Duration wait = properties.firstRetry();
        for (int i = 1; i < attempts && wait.compareTo(properties.maxRetryWait()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.maxRetryWait()) > 0 ? properties.maxRetryWait() : wait;
    }
}
