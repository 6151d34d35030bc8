package th.ita.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import th.ita.shared.I18n;

/**
 * Sends one notice by e-mail now, to the address the person has in the identity, with the notices' Thai subject.
 * For senders that work outside a transaction (the hand-off outbox): they learn whether the mail went, so that they
 * can keep the notice for the next attempt.
 */
@Component
public class NoticeMail {

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

    /** What became of a mail. */
    public enum Result { SENT, NO_ADDRESS, FAILED }

    private final IdentityService identityService;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final I18n i18n;
    private final String mailFrom;

    NoticeMail(IdentityService identityService, ObjectProvider<JavaMailSender> mailSender, I18n i18n,
               @Value("${ita.mail.from:ita@localhost}") String mailFrom) {
        this.identityService = identityService;
        this.mailSender = mailSender;
        this.i18n = i18n;
        this.mailFrom = mailFrom;
    }

    public Result send(String userId, String text) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            log.info("No mail sent to {} (no SMTP host or no address)", userId);
            return Result.NO_ADDRESS;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mailFrom);
        message.setTo(user.getEmail());
        message.setSubject(i18n.getTranslation("notification.mail.subject", I18n.THAI));
        message.setText(text);
        try {
            sender.send(message);
            return Result.SENT;
        } catch (MailException e) {
            log.warn("Mail to {} failed, kept for the next attempt: {}", userId, e.getMessage());
            return Result.FAILED;
        }
    }
}
