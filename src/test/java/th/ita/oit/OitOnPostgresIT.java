package th.ita.oit;

import th.ita.outbound.TestPolicies;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import th.ita.notification.NotificationService;

import th.ita.shared.FiscalYear;
import th.ita.shared.I18n;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's and the checker's SQL on PostgreSQL (the unit tests run on H2): items created and pre-filled from an
 * evidence link, an answer, an approval, and two check runs against a website on this machine (alive, then changed;
 * a missing evidence page), with the notices. Only the test's own organisation is checked.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${ITA_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/test}",
        "ita.demo.enabled=true",
        "spring.datasource.username=postgres",
        "camunda.bpm.job-execution.enabled=false"})
// The test profile on PostgreSQL, not the production profile: the website lives on localhost, which the outbound
// policy lets through only as a test's stub host, and the production profile refuses stub hosts.
@ActiveProfiles("test")
class OitOnPostgresIT {

    static final FiscalYear Y2566 = FiscalYear.of(2566);

    @Autowired OitService board;
    @Autowired OitCsv csv;
    @Autowired TestOrganisations organisations;
    @Autowired LinkedEvidence evidence;
    @Autowired NotificationService notifications;

    final LocalWebsite site = new LocalWebsite();
    final LiveChecks checks;

    OitOnPostgresIT(@Autowired WebCheckRuns runs, @Autowired NotificationService notifications,
                    @Autowired TransactionTemplate transaction, @Autowired Clock clock, @Autowired I18n i18n) throws IOException {
        checks = new LiveChecks(runs, notifications, transaction,
                PageFetcherTest.properties(DataSize.ofMegabytes(1), Duration.ofSeconds(20)), clock, i18n, PageFetcherTest.noPause(),
                TestPolicies.allowingStubs("localhost", "127.0.0.1"));
    }

    @AfterEach
    void closeSite() {
        site.close();
    }

    @Test
    void theBoardAndTheChecks_onPostgres() {
        TestOrganisation org = organisations.onboardWithWebsite("localhost");
        var coordinator = org.user("coordinator");
        String measure = evidence.submitted(org, "works", List.of(site.url("/oit/o16"), site.url("/news/removed")));
        site.page("/oit/o16", "<p>สถิติการให้บริการ</p>");
        site.page("/o1", "<p>โครงสร้าง</p>");

        OitBoard first = board.board(org.id(), Y2566, coordinator);
        assertThat(first.items()).hasSize(43);
        assertThat(OitServiceTest.item(first, "o16").urls()).singleElement().satisfies(u -> assertThat(u.fromEvidence()).isTrue());
        assertThat(OitServiceTest.item(first, "o16").divisionCode()).isEqualTo("works");

        board.assign(org.id(), Y2566, "o1", "finance", coordinator);
        board.answer(org.id(), Y2566, "o1", List.of(site.url("/o1")), "โครงสร้างองค์กร", org.user("finance.officer"));
        board.approve(org.id(), Y2566, "o1", coordinator);
        assertThat(checks.checkNow(org.id())).isEqualTo(3);

        OitBoard checked = board.board(org.id(), Y2566, coordinator);
        assertThat(OitServiceTest.item(checked, "o1").state()).isEqualTo(OitState.ALIVE);
        assertThat(OitServiceTest.item(checked, "o16").state()).isEqualTo(OitState.ALIVE);
        assertThat(checksNotices(org.userId("works.officer"))).singleElement()
                .satisfies(n -> assertThat(n.processInstanceId()).isEqualTo(measure));

        site.page("/o1", "<p>โครงสร้างองค์กร (ใหม่)</p>");
        checks.checkNow(org.id());
        OitBoard changed = board.board(org.id(), Y2566, coordinator);
        assertThat(OitServiceTest.item(changed, "o1").lastCheck().status()).isEqualTo(CheckStatus.CHANGED);
        assertThat(checksNotices(org.userId("finance.officer"))).hasSize(1);
        assertThat(checksNotices(org.userId("works.officer"))).hasSize(1);
        assertThat(new String(csv.bytes(changed), java.nio.charset.StandardCharsets.UTF_8)).contains("เนื้อหาเปลี่ยนหลังอนุมัติ");
    }

    /** The live checks' notices, without the hand-offs of the measure's steps (th.ita.handoff). */
    private java.util.List<th.ita.notification.Notification> checksNotices(String userId) {
        return notifications.recent(userId).stream().filter(n -> !n.messageKey().startsWith("handoff.")).toList();
    }
}
