package th.ita.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import th.ita.workflow.Tenants;
import th.ita.shared.I18n;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells people about reminders and overdue work: an in-app notification they see on their next page, and an
 * e-mail when an SMTP host is configured ({@code spring.mail.host}). Without one, the mail is logged and the
 * in-app notification still reaches them. A mail server that fails does not undo the notification either.
 * <p>
 * The notification row is written in the caller's transaction (the timer job's, for reminders and escalations);
 * the mail goes out only after that transaction commits. A job that fails and is retried, or loses an optimistic
 * lock to another node, has mailed nobody: only the attempt that commits does, so nobody gets the same mail twice.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final int SHOWN_ON_PAGE = 100;

    private final NotificationRepository repository;
    private final IdentityService identityService;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final I18n i18n;
    private final Clock clock;
    private final String mailFrom;
    private final ApplicationEventPublisher events;

    public NotificationService(NotificationRepository repository, IdentityService identityService,
                               ObjectProvider<JavaMailSender> mailSender, I18n i18n, Clock clock,
                               @org.springframework.beans.factory.annotation.Value("${ita.mail.from:ita@localhost}") String mailFrom,
                               ApplicationEventPublisher events) {
        this.repository = repository;
        this.identityService = identityService;
        this.mailSender = mailSender;
        this.i18n = i18n;
        this.clock = clock;
        this.mailFrom = mailFrom;
        this.events = events;
    }

    /**
     * Notifies every member of the groups who works for the organisation once, however many of the groups they are
     * in. The groups are shared by all organisations (every one has its {@code ita-coordinator}), so the
     * organisation is what keeps one municipality's notices from another's people.
     */
    @Transactional
    public void notifyGroups(long organisationId, Collection<String> groupIds, String messageKey, List<String> args,
                             String processInstanceId) {
        Map<String, User> recipients = new LinkedHashMap<>();
        for (String group : groupIds) {
            identityService.createUserQuery().memberOfGroup(group).memberOfTenant(Tenants.of(organisationId))
                    .orderByUserId().asc().list()
                    .forEach(user -> recipients.putIfAbsent(user.getId(), user));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (User user : recipients.values()) {
            repository.insert(organisationId, user.getId(), messageKey, args, processInstanceId, now);
            mail(user, messageKey, args);
        }
        // Other channels (LINE) queue theirs in this transaction.
        events.publishEvent(new NotificationsSent(organisationId, List.copyOf(recipients.keySet()),
                List.copyOf(groupIds), messageKey, args, processInstanceId));
    }

    /**
     * Only the in-app notice of a hand-off, in the caller's transaction, linking to the task: its e-mail and LINE
     * message go out grouped, later (th.ita.handoff). The caller has checked that the user works for the organisation.
     */
    @Transactional
    public void inApp(long organisationId, String userId, String messageKey, List<String> args, String processInstanceId,
                      String taskId) {
        repository.insert(organisationId, userId, messageKey, args, processInstanceId, taskId, OffsetDateTime.now(clock));
    }

    /** The user's newest notifications, read or not, for the notifications page. */
    @Transactional(readOnly = true)
    public List<Notification> recent(String userId) {
        return repository.recent(userId, SHOWN_ON_PAGE);
    }

    @Transactional(readOnly = true)
    public long countUnread(String userId) {
        return repository.countUnread(userId);
    }

    @Transactional
    public void markAllRead(String userId) {
        repository.markAllRead(userId, OffsetDateTime.now(clock));
    }

    private void mail(User user, String messageKey, List<String> args) {
        String text = i18n.getTranslation(messageKey, I18n.THAI, args.toArray());
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || user.getEmail() == null || user.getEmail().isBlank()) {
            log.info("No mail sent to {} (no SMTP host or no address): {}", user.getId(), text);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mailFrom);
        message.setTo(user.getEmail());
        message.setSubject(i18n.getTranslation("notification.mail.subject", I18n.THAI));
        message.setText(text);
        afterCommit(() -> send(sender, message, user.getId()));
    }

    /** Runs the action once the current transaction has committed; never if it rolls back. */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private static void send(JavaMailSender sender, SimpleMailMessage message, String userId) {
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Mail to {} failed; the in-app notification stays: {}", userId, e.getMessage());
        }
    }
}
