package th.ita.notification;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import th.ita.support.OrganisationWork;
import th.ita.support.TestOrganisations;
import th.ita.support.TestUsers;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder and the overdue escalation of organisation A's measure go to A's division and coordinator only: the
 * groups ({@code div-finance}, {@code head-finance}, {@code ita-coordinator}) are every organisation's, the notices
 * are not.
 */
@SpringBootTest
@ActiveProfiles("test")
class NotificationTenancyTest {

    @Autowired TestOrganisations organisations;
    @Autowired OrganisationWork work;
    @Autowired NotificationService notifications;
    @Autowired ManagementService managementService;
    @Autowired TestUsers demoUsers;

    @Test
    void reminderAndEscalation_reachOnlyTheMeasuresOwnOrganisation() {
        var a = organisations.onboard();
        var b = organisations.onboard();
        String measure = OrganisationWork.measureProcess(work.approvedPlan(a, "finance"));

        List<Job> timers = managementService.createJobQuery().processInstanceId(measure).timers().list();
        assertThat(timers).hasSize(2);
        timers.forEach(job -> managementService.executeJob(job.getId()));

        assertThat(timersNotices(a.userId("coordinator")))
                .containsExactly("notification.overdue");
        assertThat(timersNotices(a.userId("finance.head")))
                .containsExactlyInAnyOrder("notification.overdue", "notification.reminder");
        assertThat(timersNotices(a.userId("finance.officer")))
                .containsExactly("notification.reminder");
        // Hand-offs of A's plan and measure (th.ita.handoff) reached A's people too, and nobody else either.
        for (String role : List.of("coordinator", "finance.head", "finance.officer", "mayor")) {
            assertThat(notifications.recent(b.userId(role))).as(role).isEmpty();
            assertThat(notifications.countUnread(b.userId(role))).as(role).isZero();
        }
        for (String demo : List.of("coordinator", "finance.head", "finance.officer")) {
            assertThat(notifications.recent(demoUsers.user(demo).userId())).as(demo)
                    .extracting(Notification::processInstanceId).doesNotContain(measure);
        }
    }

    /** The reminder's and escalation's notices, without the hand-offs of the plan's and the measure's steps. */
    private List<String> timersNotices(String userId) {
        return notifications.recent(userId).stream().map(Notification::messageKey)
                .filter(key -> !key.startsWith("handoff.")).toList();
    }
}
