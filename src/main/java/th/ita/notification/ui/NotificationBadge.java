package th.ita.notification.ui;

import org.springframework.stereotype.Component;
import th.ita.notification.NotificationService;
import th.ita.security.CurrentUserProvider;
import th.ita.ui.NavigationBadge;

import java.util.OptionalLong;

/** Unread reminders and overdue notices beside "การแจ้งเตือน": what the user sees on their next page. */
@Component
class NotificationBadge implements NavigationBadge {

    private final NotificationService notifications;
    private final CurrentUserProvider users;

    NotificationBadge(NotificationService notifications, CurrentUserProvider users) {
        this.notifications = notifications;
        this.users = users;
    }

    @Override
    public String path() {
        return NotificationsView.ROUTE;
    }

    @Override
    public boolean alsoInTopBar() {
        return true;
    }

    @Override
    public OptionalLong count() {
        long unread = notifications.countUnread(users.require().userId());
        return unread == 0 ? OptionalLong.empty() : OptionalLong.of(unread);
    }
}
