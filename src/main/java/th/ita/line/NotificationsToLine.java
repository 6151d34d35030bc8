package th.ita.line;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import th.ita.notification.NotificationsSent;
import th.ita.workflow.Groups;
import th.ita.shared.I18n;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Queues a LINE message for every notified person who linked their LINE account with this organisation, and one for
 * each division group told whose division has a LINE group. Runs inside the notification's transaction (a plain
 * listener), so the queue holds exactly the notices that were committed; the sender pushes them afterwards.
 * Nothing is queued for an organisation without a channel access token.
 */
@Component
class NotificationsToLine {

    private final LineAccountRepository accounts;
    private final LineDivisionGroupRepository divisionGroups;
    private final LineOutbox outbox;
    private final LineChannels channels;
    private final LineProperties properties;
    private final I18n i18n;
    private final Clock clock;

    NotificationsToLine(LineAccountRepository accounts, LineDivisionGroupRepository divisionGroups, LineOutbox outbox,
                        LineChannels channels, LineProperties properties, I18n i18n, Clock clock) {
        this.accounts = accounts;
        this.divisionGroups = divisionGroups;
        this.outbox = outbox;
        this.channels = channels;
        this.properties = properties;
        this.i18n = i18n;
        this.clock = clock;
    }

    @EventListener
    void queue(NotificationsSent sent) {
        if (channels.token(sent.organisationId()).isEmpty()) {
            return;
        }
        String text = text(sent);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String userId : sent.userIds()) {
            accounts.lineUserOf(sent.organisationId(), userId)
                    .ifPresent(lineUser -> outbox.enqueue(sent.organisationId(), userId, lineUser, text, now));
        }
        for (String division : divisions(sent.groupIds())) {
            divisionGroups.groupOf(sent.organisationId(), division)
                    .ifPresent(group -> outbox.enqueue(sent.organisationId(), "group:" + division, group, text, now));
        }
    }

    /** The notice in Thai and the link to open it: the measure's history, or the user's notifications. */
    private String text(NotificationsSent sent) {
        String notice = i18n.getTranslation(sent.messageKey(), I18n.THAI, sent.args().toArray());
        String link = sent.processInstanceId() == null ? properties.appBaseUrl() + "/notifications"
                : properties.appBaseUrl() + "/measures/" + sent.processInstanceId() + "/history";
        return notice + "\n" + i18n.getTranslation("line.message.open", I18n.THAI, link);
    }

    /** The division codes of {@code div-…} and {@code head-…} groups, each once. */
    private static Set<String> divisions(List<String> groupIds) {
        Set<String> codes = new LinkedHashSet<>();
        for (String group : groupIds) {
            if (group.startsWith(Groups.DIVISION_PREFIX)) {
                codes.add(group.substring(Groups.DIVISION_PREFIX.length()));
            } else if (group.startsWith(Groups.HEAD_PREFIX)) {
                codes.add(group.substring(Groups.HEAD_PREFIX.length()));
            }
        }
        return codes;
    }
}
