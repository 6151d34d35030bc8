package th.ita.handoff;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import th.ita.acting.ActingAppointments;
import th.ita.acting.NewActingAppointment;
import th.ita.line.LineAdmin;
import th.ita.line.LineLinking;
import th.ita.line.LineSender;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.measure.MeasureTaskService;
import th.ita.notification.Notification;
import th.ita.notification.NotificationService;
import th.ita.preferences.NoticePreferences;
import th.ita.preferences.UserPreferences;
import th.ita.support.MeasureSteps;
import th.ita.support.MovableClock;
import th.ita.support.MovableClockConfig;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-offs walked through a measure's steps as its people take them, with the mail through GreenMail and LINE
 * through a local stub of the Messaging API: who is told, when (after commit, after a quiet minute, or at the daily
 * digest), how often (one message for many notices) and what (the step, the measure, the link, the reason). The
 * scheduled senders are off in tests; each test calls them on a clock it moves.
 */
@Import(MovableClockConfig.class)
abstract class AbstractHandoffIT {

    static final int SMTP_PORT = freePort();
    static final LinePushStub LINE_API = new LinePushStub();
    static final Duration AFTER_QUIET = Duration.ofMinutes(2);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("ita.line.api-base-url", () -> LINE_API.baseUrl().toString());
        registry.add("ita.line.app-base-url", () -> "https://ita.example.go.th");
        registry.add("ita.handoff.enabled", () -> "false");
        registry.add("ita.line.enabled", () -> "false");
    }

    @Autowired TestOrganisations organisations;
    @Autowired MeasureService measures;
    @Autowired MeasureSteps steps;
    @Autowired MeasureTaskService measureTasks;
    @Autowired HandoffSender sender;
    @Autowired LineSender lineSender;
    @Autowired LineAdmin lineAdmin;
    @Autowired LineLinking linking;
    @Autowired UserPreferences preferences;
    @Autowired NotificationService notifications;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired ActingAppointments appointments;

    TestOrganisation org;
    MeasureSteps people;

    @BeforeEach
    void organisation() {
        org = organisations.onboard();
        people = steps.of(org);
        lineAdmin.saveChannel(org.user("admin"), "token-" + UUID.randomUUID(), "secret-" + org.prefix());
    }

    /** A measure of the finance division, its first notices (to the division's officers) already sent. */
    String financeMeasure(String title) {
        String pi = measures.start(title, List.of("finance"), org.user("coordinator"));
        flushAfterQuiet();
        return pi;
    }

    void flushAfterQuiet() {
        clock.advance(AFTER_QUIET);
        sender.sendDue();
    }

    String linkLine(String role) {
        String lineUser = "U" + UUID.randomUUID().toString().replace("-", "");
        assertThat(linking.link(org.id(), linking.newCode(org.user(role)).code(), lineUser)).contains(org.userId(role));
        return lineUser;
    }

    List<MimeMessage> mailTo(String role) {
        String address = org.userId(role) + "@ita.example";
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                    to.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return to;
    }

    /** The text as sent (decoded from the transfer encoding). */
    static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    String taskId(String pi, String key) {
        return people.task(pi, key, null).getId();
    }

    @Test
    void theOfficerSubmits_theHeadGetsOneMailAndOneLineMessage_withTheTaskLink_afterAQuietMinute() throws Exception {
        String headLine = linkLine("finance.head");
        String title = "ปรับปรุงเว็บไซต์ " + UUID.randomUUID();
        String pi = financeMeasure(title);

        // The head is one of the division's people too: told of the division's work when the measure started.
        lineSender.sendDue();
        int mailsBefore = mailTo("finance.head").size();
        int lineBefore = LINE_API.to(headLine).size();

        people.submit(pi, "finance");
        sender.sendDue();
        assertThat(mailTo("finance.head")).as("not before the quiet minute").hasSize(mailsBefore);

        flushAfterQuiet();
        lineSender.sendDue();

        String link = "https://ita.example.go.th/task/" + taskId(pi, ImprovementMeasureProcess.TASK_HEAD_REVIEW);
        assertThat(mailTo("finance.head")).hasSize(mailsBefore + 1);
        assertThat(body(mailTo("finance.head").get(mailsBefore)))
                .contains("รอท่านดำเนินการ: หัวหน้ากองตรวจสอบ — " + title).contains(link);
        assertThat(LINE_API.to(headLine)).hasSize(lineBefore + 1);
        assertThat(LINE_API.to(headLine).get(lineBefore).text())
                .startsWith("รอท่านดำเนินการ: หัวหน้ากองตรวจสอบ — " + title).contains(link);
        assertThat(notifications.recent(org.userId("finance.head"))).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo(Handoffs.ARRIVED);
            assertThat(n.taskId()).isEqualTo(taskId(pi, ImprovementMeasureProcess.TASK_HEAD_REVIEW));
            assertThat(n.unread()).isTrue();
        });
        // Told once: the next run sends nothing more.
        flushAfterQuiet();
        lineSender.sendDue();
        assertThat(mailTo("finance.head")).hasSize(mailsBefore + 1);
        assertThat(LINE_API.to(headLine)).hasSize(lineBefore + 1);
        // Nobody of the division's other people, and nobody of another organisation with the same groups.
        assertThat(mailTo("works.head")).isEmpty();
        TestOrganisation other = organisations.onboard();
        assertThat(notifications.recent(other.userId("finance.head"))).isEmpty();
    }

    @Test
    void fifteenMeasuresReachTheMayorTogether_oneGroupedMessage() {
        String batch = "ชุด " + UUID.randomUUID();
        List<String> titles = new ArrayList<>();
        List<String> pis = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            titles.add(batch + " มาตรการที่ " + i);
            pis.add(measures.start(titles.get(i - 1), List.of("finance"), org.user("coordinator")));
        }
        flushAfterQuiet();
        for (String pi : pis) {
            people.accept(pi, "finance");
            people.checkComplete(pi);
        }
        assertThat(notifications.recent(org.userId("mayor"))).filteredOn(n -> Handoffs.ARRIVED.equals(n.messageKey()))
                .as("in the app: one notice per measure, each opening its task").hasSize(15);

        flushAfterQuiet();

        assertThat(mailTo("mayor")).singleElement().satisfies(m -> {
            String text = body(m);
            assertThat(text).contains("มีงานถึงท่าน 15 รายการ");
            titles.forEach(title -> assertThat(text).contains("ผู้บริหารอนุมัติ — " + title));
            pis.forEach(pi -> assertThat(text).contains("/task/" + taskId(pi, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL)));
        });
    }

    @Test
    void theHeadReturnsTheWork_theOfficerHearsReturnedWithTheReason_inTheSameMessageAsTheWorkBack() {
        String title = "จัดทำคู่มือ " + UUID.randomUUID();
        String pi = financeMeasure(title);
        int before = mailTo("finance.officer").size();

        people.submit(pi, "finance");
        people.review(pi, "finance", Decision.RETURN, "ยังไม่มีรายงานฉบับลงนาม");

        assertThat(notifications.recent(org.userId("finance.officer"))).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo(Handoffs.RETURNED);
            assertThat(n.args()).contains(title, "ยังไม่มีรายงานฉบับลงนาม");
        });
        flushAfterQuiet();
        assertThat(mailTo("finance.officer")).hasSize(before + 1);
        String text = body(mailTo("finance.officer").get(before));
        assertThat(text).contains("ผลการพิจารณา \"หัวหน้ากองตรวจสอบ\": ส่งกลับแก้ไข — " + title + " เหตุผล: ยังไม่มีรายงานฉบับลงนาม")
                .contains("รอท่านดำเนินการ: ดำเนินการและส่งหลักฐาน — " + title);
    }

    /** The head is away; whoever acts for him (ผู้รักษาราชการแทน) holds the review, so hears of it too. */
    @Test
    void workReachingAHeadAway_reachesWhoeverActsForHim() {
        appointments.appoint(org.id(), new NewActingAppointment(org.userId("works.head"), org.userId("finance.head"),
                appointments.today(), appointments.today().plusDays(7)), org.user("admin"));
        String pi = financeMeasure("ตรวจรับงานระหว่างลา " + UUID.randomUUID());

        people.submit(pi, "finance");

        String review = taskId(pi, ImprovementMeasureProcess.TASK_HEAD_REVIEW);
        for (String role : List.of("finance.head", "works.head")) {
            assertThat(notifications.recent(org.userId(role))).as(role).anySatisfy(n -> {
                assertThat(n.messageKey()).isEqualTo(Handoffs.ARRIVED);
                assertThat(n.taskId()).isEqualTo(review);
            });
        }
        assertThat(notifications.recent(org.userId("education.head")))
                .noneSatisfy(n -> assertThat(n.taskId()).isEqualTo(review));
    }

    @Test
    void theHeadAccepts_theOfficerHearsIt() {
        String title = "เผยแพร่ข้อมูล " + UUID.randomUUID();
        String pi = financeMeasure(title);
        people.submit(pi, "finance");
        people.review(pi, "finance", Decision.ACCEPT, null);
        assertThat(notifications.recent(org.userId("finance.officer")))
                .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo(Handoffs.ACCEPTED));
    }

    @Test
    void theCoordinatorSendsFinanceBack_financesOfficerHearsWhy_worksOfficerHearsNothing() {
        String title = "ตรวจครบถ้วน " + UUID.randomUUID();
        String pi = measures.start(title, List.of("finance", "works"), org.user("coordinator"));
        people.accept(pi, "finance", "works");

        measureTasks.checkAsCoordinator(taskId(pi, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK), Decision.SEND_BACK,
                "finance", "ไม่มีภาพถ่ายกิจกรรม", org.user("coordinator"));

        assertThat(notifications.recent(org.userId("finance.officer"))).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo(Handoffs.RETURNED);
            assertThat(n.args()).containsExactly("ผู้ประสานงาน ITA ตรวจความครบถ้วน", title, "ไม่มีภาพถ่ายกิจกรรม");
        });
        assertThat(notifications.recent(org.userId("works.officer")))
                .noneSatisfy(n -> assertThat(n.messageKey()).isEqualTo(Handoffs.RETURNED));
    }

    @Test
    void aStepRolledBack_tellsNobody() {
        String pi = financeMeasure("มาตรการย้อนกลับ " + UUID.randomUUID());
        long notices = pending();

        transaction.executeWithoutResult(status -> {
            people.submit(pi, "finance");
            status.setRollbackOnly();
        });

        assertThat(people.task(pi, ImprovementMeasureProcess.TASK_DIVISION_WORK, null)).as("rolled back").isNotNull();
        int mailsBefore = mailTo("finance.head").size();
        assertThat(pending()).isEqualTo(notices);
        assertThat(notifications.recent(org.userId("finance.head")))
                .noneSatisfy(n -> assertThat(n.args()).contains("หัวหน้ากองตรวจสอบ"));
        flushAfterQuiet();
        assertThat(mailTo("finance.head")).hasSize(mailsBefore);
    }

    @Test
    void whoChoseTheDailyDigest_hearsAtTheDigestTime_notBefore() {
        preferences.saveNotices(org.userId("finance.head"), new NoticePreferences(true, false, true));
        String title = "สรุปรายวัน " + UUID.randomUUID();
        String pi = measures.start(title, List.of("finance"), org.user("coordinator"));
        people.submit(pi, "finance");

        flushAfterQuiet();
        assertThat(mailTo("finance.head")).as("deferred to the digest").isEmpty();
        assertThat(notifications.recent(org.userId("finance.head"))).as("in the app at once").hasSize(2);

        OffsetDateTime now = OffsetDateTime.now(clock);
        clock.advance(Duration.between(now, sender.lastDigest(now).plusDays(1)).plusMinutes(1));
        sender.sendDue();

        assertThat(mailTo("finance.head")).singleElement().satisfies(m -> assertThat(body(m))
                .contains("สรุปงานที่ถึงท่านประจำวัน 2 รายการ")
                .contains("รอท่านดำเนินการ: ดำเนินการและส่งหลักฐาน — " + title)
                .contains("รอท่านดำเนินการ: หัวหน้ากองตรวจสอบ — " + title));
    }

    private long pending() {
        return jdbc.sql("select count(*) from handoff_notice where organisation_id = ? and status = 'PENDING'")
                .param(org.id()).query(Long.class).single();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
