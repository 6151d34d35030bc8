package th.ita.notification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import th.ita.notification.Notification;
import th.ita.notification.NotificationService;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.shared.BuddhistDates;
import th.ita.shared.UserInputException;
import th.ita.ui.ThaiDates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The user's hand-offs, reminders and overdue notices, newest first, each linking to its task or the measure's history. Opening the page
 * marks them read; unread ones are highlighted this once.
 */
@Route(NotificationsView.ROUTE)
@Menu(title = "nav.notifications", order = 90)
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "notifications";
    private static final String REMINDER = "notification.reminder";
    private static final String REMINDER_PAST = "notification.reminder.past";
    private static final java.util.regex.Pattern STORED_DATE = java.util.regex.Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

    private final NotificationService notifications;
    private final CurrentUser user;
    private final Clock clock;

    public NotificationsView(NotificationService notifications, CurrentUserProvider users, Clock clock) {
        this.notifications = notifications;
        this.user = users.require();
        this.clock = clock;
    }

    /**
     * Read on every visit, not once in the constructor: Vaadin keeps the view when its menu item is clicked again
     * while it is open, and that click is how a user looks for new notices.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Anchor settings = new Anchor("settings/notices", getTranslation("notification.settings"));
        settings.setId("notice-settings");
        add(new H2(getTranslation("nav.notifications")), settings);
        List<Notification> recent = notifications.recent(user.userId());
        if (recent.isEmpty()) {
            add(new Paragraph(getTranslation("notification.none")));
        }
        recent.forEach(notification -> add(entry(notification)));
        notifications.markAllRead(user.userId());
    }

    private Div entry(Notification notification) {
        Span time = new Span(ThaiDates.dateTime(notification.createdAt(), getLocale()));
        time.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-right", "var(--lumo-space-s)");
        Div entry = new Div(time, new Span(getTranslation(wordingFor(notification), shownArguments(notification))));
        if (notification.taskId() != null) {
            Anchor task = new Anchor("task/" + notification.taskId(), getTranslation("notification.openTask"));
            task.getStyle().set("margin-left", "var(--lumo-space-s)");
            entry.add(task);
        } else if (notification.processInstanceId() != null) {
            Anchor history = new Anchor("measures/" + notification.processInstanceId() + "/history",
                    getTranslation("notification.openMeasure"));
            history.getStyle().set("margin-left", "var(--lumo-space-s)");
            entry.add(history);
        }
        entry.addClassName(notification.unread() ? "notification-unread" : "notification-read");
        if (notification.unread()) {
            entry.getStyle().set("font-weight", "600");
        }
        return entry;
    }

    /**
     * The notice's arguments with a date written as "30/9/2566" (how a reminder stores its due date) shown as every
     * other date of the application, "30 ก.ย. 2566".
     */
    private Object[] shownArguments(Notification notification) {
        return notification.args().stream().map(argument -> {
            if (argument == null || !STORED_DATE.matcher(argument).matches()) {
                return argument;
            }
            try {
                return ThaiDates.date(BuddhistDates.parse(argument, REMINDER), getLocale());
            } catch (UserInputException notADate) {
                return argument;
            }
        }).toArray();
    }

    /**
     * "ใกล้ครบกำหนด" only while the due date is ahead: a reminder read after its due date says "เลยกำหนด". The due
     * date is the reminder's third parameter, as {@code BuddhistDates.format} wrote it.
     */
    private String wordingFor(Notification notification) {
        if (!REMINDER.equals(notification.messageKey()) || notification.args().size() < 3) {
            return notification.messageKey();
        }
        try {
            LocalDate due = BuddhistDates.parse(notification.args().get(2), REMINDER);
            return due != null && due.isBefore(LocalDate.now(clock)) ? REMINDER_PAST : REMINDER;
        } catch (UserInputException notADate) {
            return REMINDER;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications");
    }
}
