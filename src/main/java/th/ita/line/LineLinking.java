package th.ita.line;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.security.CurrentUser;
import th.ita.shared.I18n;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Links a person's LINE account to them: they get a one-time code (6 digits, {@code ita.line.code-validity}) on
 * their LINE page and send it to their organisation's Official Account; the webhook, signed by LINE, brings the code
 * with the sender's LINE user id. A code works only for the organisation that issued it, once.
 */
@Service
public class LineLinking {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LineAccountRepository accounts;
    private final LineChannels channels;
    private final LineOutbox outbox;
    private final LineProperties properties;
    private final I18n i18n;
    private final Clock clock;

    LineLinking(LineAccountRepository accounts, LineChannels channels, LineOutbox outbox, LineProperties properties,
                I18n i18n, Clock clock) {
        this.accounts = accounts;
        this.channels = channels;
        this.outbox = outbox;
        this.properties = properties;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** A code and when it stops working. */
    public record LinkCode(String code, OffsetDateTime expiresAt) {
    }

    /** A new code for the user (any earlier one stops working). Only for someone who works for an organisation. */
    @Transactional
    public LinkCode newCode(CurrentUser user) {
        long organisation = organisationOf(user);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = now.plus(properties.codeValidity());
        accounts.forgetCodes(organisation, user.userId(), now);
        String code;
        do {
            code = String.format("%06d", RANDOM.nextInt(1_000_000));
        } while (accounts.codeTaken(organisation, code));
        accounts.saveCode(organisation, user.userId(), code, expires);
        return new LinkCode(code, expires);
    }

    /** The user's organisation's Official Account, to add as a friend, where its basic id is configured. */
    public Optional<OfficialAccount> officialAccount(CurrentUser user) {
        return user.organisationId() == null ? Optional.empty()
                : channels.basicId(user.organisationId()).map(OfficialAccount::new);
    }

    @Transactional(readOnly = true)
    public boolean isLinked(CurrentUser user) {
        return user.organisationId() != null && accounts.isLinked(user.organisationId(), user.userId());
    }

    @Transactional
    public void unlink(CurrentUser user) {
        accounts.unlink(organisationOf(user), user.userId());
    }

    /**
     * The code a LINE user sent to the organisation's Official Account: links them to the person it was issued to and
     * queues a confirmation. Returns the person linked, if the code was live.
     */
    @Transactional
    public Optional<String> link(long organisationId, String code, String lineUserId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<String> userId = accounts.holderOf(organisationId, code, now);
        userId.ifPresent(user -> {
            accounts.forgetCodesOf(organisationId, user);
            accounts.link(organisationId, user, lineUserId, now);
            outbox.enqueue(organisationId, user, lineUserId, i18n.getTranslation("line.message.linked", I18n.THAI), now);
        });
        return userId;
    }

    private static long organisationOf(CurrentUser user) {
        if (user.organisationId() == null) {
            throw new org.springframework.security.access.AccessDeniedException("not a member of an organisation");
        }
        return user.organisationId();
    }
}
