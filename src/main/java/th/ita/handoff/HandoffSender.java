package th.ita.handoff;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import th.ita.line.LineNotices;
import th.ita.notification.NoticeMail;
import th.ita.preferences.NoticePreferences;
import th.ita.preferences.UserPreferences;
import th.ita.shared.I18n;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Sends the hand-off outbox: for each person, once their notices have been quiet for {@code quiet} (or at the daily
 * digest, if they chose it), claims them (one node per notice), combines them into one message and sends it by
 * e-mail and LINE as the person chose. The mail goes out without a transaction open; the LINE message is queued in
 * the LINE outbox (its sender retries) in the same transaction that marks the notices sent, so it is queued once.
 * A mail server that fails loses the mail only: the notice is in the app, and on LINE.
 */
@Service
@EnableConfigurationProperties(HandoffProperties.class)
public class HandoffSender {

    /** LINE takes at most 5,000 characters per text; the rest of a long list is counted, not shown. */
    private static final int MAX_TEXT = 4500;

    private final HandoffOutbox outbox;
    private final UserPreferences preferences;
    private final NoticeMail mail;
    private final LineNotices line;
    private final TransactionTemplate transaction;
    private final HandoffProperties properties;
    private final I18n i18n;
    private final Clock clock;
    /** This node's name in {@code lease_owner}. */
    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);

    HandoffSender(HandoffOutbox outbox, UserPreferences preferences, NoticeMail mail, LineNotices line,
                  TransactionTemplate transaction, HandoffProperties properties, I18n i18n, Clock clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.mail = mail;
        this.line = line;
        this.transaction = transaction;
        this.properties = properties;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many messages (one per person) this node sent. */
    public int sendDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int sent = 0;
        for (HandoffOutbox.Waiting waiting : outbox.waiting(now, properties.batch())) {
            NoticePreferences chosen = preferences.notices(waiting.recipient());
            OffsetDateTime upTo = chosen.dailyDigest() ? lastDigest(now) : quietEnough(waiting, now) ? now : null;
            if (upTo == null || waiting.oldest().isAfter(upTo)) {
                continue;
            }
            OffsetDateTime until = now.plus(properties.lease()).truncatedTo(ChronoUnit.MILLIS);
            List<HandoffOutbox.Notice> notices = outbox.claim(waiting.organisationId(), waiting.recipient(), upTo, node,
                    now, until);
            if (!notices.isEmpty()) {
                send(waiting, chosen, notices);
                sent++;
            }
        }
        return sent;
    }

    private void send(HandoffOutbox.Waiting waiting, NoticePreferences chosen, List<HandoffOutbox.Notice> notices) {
        String text = text(notices, chosen.dailyDigest());
        if (chosen.email()) {
            mail.send(waiting.recipient(), text);
        }
        transaction.executeWithoutResult(status -> {
            if (chosen.line()) {
                line.queue(waiting.organisationId(), waiting.recipient(), text);
            }
            outbox.sent(notices, OffsetDateTime.now(clock));
        });
    }

    private boolean quietEnough(HandoffOutbox.Waiting waiting, OffsetDateTime now) {
        return !waiting.newest().isAfter(now.minus(properties.quiet()))
                || !waiting.oldest().isAfter(now.minus(properties.maxWait()));
    }

    /** The latest digest time at or before now: notices created until then are in that day's digest. */
    OffsetDateTime lastDigest(OffsetDateTime now) {
        ZonedDateTime local = now.atZoneSameInstant(properties.zone());
        ZonedDateTime digest = local.toLocalDate().atTime(properties.digestAt()).atZone(properties.zone());
        return (digest.isAfter(local) ? digest.minusDays(1) : digest).toOffsetDateTime();
    }

    /** One notice with its link; several under a heading, each with its link, oldest first. */
    String text(List<HandoffOutbox.Notice> notices, boolean digest) {
        if (notices.size() == 1 && !digest) {
            HandoffOutbox.Notice notice = notices.get(0);
            return notice.text() + "\n" + i18n.getTranslation("handoff.open", I18n.THAI, notice.link());
        }
        StringBuilder text = new StringBuilder(i18n.getTranslation(digest ? "handoff.digest" : "handoff.grouped",
                I18n.THAI, notices.size()));
        int shown = 0;
        for (HandoffOutbox.Notice notice : notices) {
            String entry = "\n\n• " + notice.text() + "\n" + notice.link();
            if (text.length() + entry.length() > MAX_TEXT) {
                text.append("\n\n").append(i18n.getTranslation("handoff.more", I18n.THAI, notices.size() - shown));
                break;
            }
            text.append(entry);
            shown++;
        }
        return text.toString();
    }
}
