package th.ita.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.notification.NotificationService;
import th.ita.shared.BuddhistDates;
import th.ita.support.KaribuTest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** A reminder's wording fits its date when it is read; a hand-off opens its task. */
class NotificationWordingTest extends KaribuTest {

    @Autowired NotificationService notifications;

    @Test
    void aReminderReadAfterItsDueDate_saysPastDue_oneStillAhead_saysDueSoon() {
        long banTan = users.user("education.head").requireOrganisation();
        String past = "มาตรการเลยกำหนด " + UUID.randomUUID();
        String ahead = "มาตรการใกล้กำหนด " + UUID.randomUUID();
        notifications.notifyGroups(banTan, List.of("head-education"), "notification.reminder",
                List.of(past, "กองการศึกษา", BuddhistDates.format(LocalDate.now().minusYears(3))), null);
        notifications.notifyGroups(banTan, List.of("head-education"), "notification.reminder",
                List.of(ahead, "กองการศึกษา", BuddhistDates.format(LocalDate.now().plusDays(7))), null);

        login("education.head");
        UI.getCurrent().navigate(NotificationsView.class);

        List<Div> entries = _find(Div.class, spec -> spec.withClasses("notification-unread"));
        assertThat(entries).anySatisfy(e -> assertThat(e.getElement().getTextRecursively())
                .contains("เลยกำหนด: มาตรการ \"" + past).doesNotContain("ใกล้ครบกำหนด"));
        assertThat(entries).anySatisfy(e -> assertThat(e.getElement().getTextRecursively())
                .contains("ใกล้ครบกำหนด: มาตรการ \"" + ahead));
        // The due date in the application's one date style ("7 ธ.ค. 2569"), not as stored ("7/12/2569").
        String pastDue = th.ita.ui.ThaiDates.date(LocalDate.now().minusYears(3), th.ita.shared.I18n.THAI);
        assertThat(entries).anySatisfy(e -> assertThat(e.getElement().getTextRecursively())
                .contains(past).contains("ครบกำหนดวันที่ " + pastDue)
                .doesNotContain(BuddhistDates.format(LocalDate.now().minusYears(3))));
    }

    @Test
    void aHandoff_opensItsTask() {
        long banTan = users.user("education.head").requireOrganisation();
        String title = "มาตรการส่งต่อ " + UUID.randomUUID();
        notifications.inApp(banTan, "education.head", "handoff.arrived", List.of("หัวหน้ากองตรวจสอบ", title), "pi-1", "task-1");

        login("education.head");
        UI.getCurrent().navigate(NotificationsView.class);

        Div entry = _find(Div.class, spec -> spec.withClasses("notification-unread")).stream()
                .filter(e -> e.getElement().getTextRecursively().contains(title)).findFirst().orElseThrow();
        assertThat(entry.getElement().getTextRecursively()).contains("รอท่านดำเนินการ: หัวหน้ากองตรวจสอบ — " + title);
        assertThat(_find(entry, Anchor.class)).singleElement().satisfies(a -> assertThat(a.getHref()).isEqualTo("task/task-1"));
    }
}
