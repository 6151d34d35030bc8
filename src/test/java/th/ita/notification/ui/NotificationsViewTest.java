package th.ita.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.notification.NotificationService;
import th.ita.support.KaribuTest;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationsViewTest extends KaribuTest {

    @Autowired NotificationService notifications;

    @Test
    void anOverdueNotice_isCountedInTheMenu_shownOnItsPage_andThenRead() {
        String title = "มาตรการแจ้งเตือน " + UUID.randomUUID();
        long banTan = users.user("works.head").requireOrganisation();
        notifications.notifyGroups(banTan, List.of("head-works"), "notification.overdue", List.of(title, "กองช่าง", "30 ก.ย. 2570"), null);
        long unread = notifications.countUnread("works.head");
        assertThat(unread).isPositive();

        login("works.head");
        UI.getCurrent().navigate("");
        SideNavItem item = _find(SideNavItem.class).stream().filter(i -> "การแจ้งเตือน".equals(i.getLabel()))
                .findFirst().orElseThrow();
        assertThat(item.getSuffixComponent().getElement().getText()).isEqualTo(String.valueOf(unread));
        // Also in the top bar, which a phone shows when the side navigation is folded away.
        assertThat(_get(Anchor.class, spec -> spec.withId("top-bar-notifications")).getElement().getTextRecursively())
                .contains("การแจ้งเตือน", String.valueOf(unread));

        UI.getCurrent().navigate(NotificationsView.class);
        List<Div> unreadEntries = _find(Div.class, spec -> spec.withClasses("notification-unread"));
        assertThat(unreadEntries).anySatisfy(entry -> assertThat(entry.getElement().getTextRecursively())
                .contains("เกินกำหนด", title, "กองช่าง", "30 ก.ย. 2570"));
        assertThat(notifications.countUnread("works.head")).isZero();
        // Its menu item clicked again, on the page: a notice that came in meanwhile is shown, and read.
        String later = "มาตรการแจ้งเตือนภายหลัง " + UUID.randomUUID();
        notifications.notifyGroups(banTan, List.of("head-works"), "notification.overdue", List.of(later, "กองช่าง", "30 ก.ย. 2570"), null);
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("notification-unread")))
                .anySatisfy(entry -> assertThat(entry.getElement().getTextRecursively()).contains(later));
        assertThat(notifications.countUnread("works.head")).isZero();
        // The next page shows no count any more.
        UI.getCurrent().navigate("");
        _assertNone(Anchor.class, spec -> spec.withId("top-bar-notifications"));
        // Another user's notifications are not theirs.
        assertThat(notifications.recent("finance.head")).noneSatisfy(n -> assertThat(n.args()).contains(title));
    }
}
