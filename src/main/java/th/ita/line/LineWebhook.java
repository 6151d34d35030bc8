package th.ita.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.parser.LineSignatureValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import th.ita.shared.I18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Pattern;

/**
 * The events of an organisation's Official Account, once their signature is verified: a 6-digit code sent by a user
 * links their LINE account ({@link LineLinking}); the Official Account joining a group answers in the group with the
 * group's id, which the organisation's administrator then gives to a division.
 */
@Service
public class LineWebhook {

    private static final Logger log = LoggerFactory.getLogger(LineWebhook.class);
    private static final Pattern CODE = Pattern.compile("\\d{6}");
    /** Wrong codes a LINE user may send per organisation and hour before their codes are ignored (on this node). */
    static final int WRONG_CODES_PER_HOUR = 10;

    private final LineChannels channels;
    private final LineLinking linking;
    private final LineOutbox outbox;
    private final ObjectMapper json;
    private final I18n i18n;
    private final Clock clock;
    /** Per organisation and LINE user, the times of their recent wrong codes: guessing a live code takes too long. */
    private final Map<String, Deque<Instant>> wrongCodes = new ConcurrentHashMap<>();

    LineWebhook(LineChannels channels, LineLinking linking, LineOutbox outbox, ObjectMapper json, I18n i18n, Clock clock) {
        this.channels = channels;
        this.linking = linking;
        this.outbox = outbox;
        this.json = json;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Returns false (and does nothing) unless the body is signed with this organisation's channel secret. */
    public boolean receive(long organisationId, String signature, byte[] body) {
        Optional<String> secret = channels.secret(organisationId);
        if (secret.isEmpty() || signature == null || !signatureMatches(secret.get(), signature, body)) {
            log.warn("LINE webhook for organisation {} refused: missing or wrong signature", organisationId);
            return false;
        }
        JsonNode events;
        try {
            events = json.readTree(body).path("events");
        } catch (IOException e) {
            log.warn("LINE webhook for organisation {}: body is not JSON", organisationId);
            return true;
        }
        for (JsonNode event : events) {
            handle(organisationId, event);
        }
        return true;
    }

    private void handle(long organisationId, JsonNode event) {
        JsonNode source = event.path("source");
        String type = event.path("type").asText();
        if ("message".equals(type) && "user".equals(source.path("type").asText())
                && "text".equals(event.path("message").path("type").asText())) {
            String text = event.path("message").path("text").asText().strip();
            String lineUser = source.path("userId").asText();
            if (CODE.matcher(text).matches() && !lineUser.isBlank()) {
                if (tooManyWrongCodes(organisationId + "/" + lineUser)) {
                    log.warn("LINE webhook for organisation {}: code from a LINE user with too many wrong ones ignored",
                            organisationId);
                } else if (linking.link(organisationId, text, lineUser).isEmpty()) {
                    wrongCodes.computeIfAbsent(organisationId + "/" + lineUser, k -> new ConcurrentLinkedDeque<>())
                            .add(clock.instant());
                    outbox.enqueue(organisationId, "line:" + lineUser, lineUser,
                            i18n.getTranslation("line.message.badCode", I18n.THAI), OffsetDateTime.now(clock));
                }
            }
        } else if ("join".equals(type) && "group".equals(source.path("type").asText())) {
            String group = source.path("groupId").asText();
            outbox.enqueue(organisationId, "group:?", group, i18n.getTranslation("line.message.groupId", I18n.THAI, group),
                    OffsetDateTime.now(clock));
        }
    }

    private boolean tooManyWrongCodes(String key) {
        Deque<Instant> times = wrongCodes.get(key);
        if (times == null) {
            return false;
        }
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        times.removeIf(time -> time.isBefore(hourAgo));
        return times.size() >= WRONG_CODES_PER_HOUR;
    }

    /**
     * LINE's signature (Base64 of the HMAC-SHA256 of the raw body with the channel secret), checked by LINE's SDK in
     * constant time. A header that is not Base64 at all is simply a wrong signature.
     */
    static boolean signatureMatches(String secret, String signature, byte[] body) {
        try {
            return new LineSignatureValidator(secret.getBytes(StandardCharsets.UTF_8)).validateSignature(body, signature.strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
