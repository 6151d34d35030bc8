package th.ita.oit;

import th.ita.outbound.TestPolicies;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import th.ita.notification.Notification;
import th.ita.notification.NotificationService;

import th.ita.shared.FiscalYear;
import th.ita.shared.I18n;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live checks of one organisation (3 s timeout: the page that never answers costs that each run) against its website on this machine: alive, 404, timeout, a redirect off the
 * site, a page changed after approval, a broken evidence link; who is told, once; one node per URL. Only
 * {@code checkNow} of the test's own organisation runs here, so no other organisation's (the demo's) website is asked.
 */
@SpringBootTest
@ActiveProfiles("test")
class LiveChecksTest {

    static final FiscalYear Y2566 = FiscalYear.of(2566);

    @Autowired WebCheckRuns runs;
    @Autowired NotificationService notifications;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;
    @Autowired I18n i18n;
    @Autowired OitService board;
    @Autowired TestOrganisations organisations;
    @Autowired LinkedEvidence evidence;

    final LocalWebsite site = new LocalWebsite();
    final LiveChecks checks;

    LiveChecksTest(@Autowired WebCheckRuns runs, @Autowired NotificationService notifications,
                   @Autowired TransactionTemplate transaction, @Autowired Clock clock, @Autowired I18n i18n) throws IOException {
        checks = new LiveChecks(runs, notifications, transaction, PageFetcherTest.properties(DataSize.ofMegabytes(1), java.time.Duration.ofSeconds(3)),
                clock, i18n, PageFetcherTest.noPause(),
                TestPolicies.allowingStubs("localhost", "127.0.0.1"));
    }

    @AfterEach
    void closeSite() {
        site.close();
    }

    @Test
    void eachKindOfAnswer_showsOnTheBoard_andTheDivisionAndCoordinatorAreToldOnce() {
        TestOrganisation org = organisations.onboardWithWebsite("localhost");
        var coordinator = org.user("coordinator");
        site.page("/o1", "<p>โครงสร้าง</p>");
        site.page("/o5", "<p>ช่องทางติดต่อ</p>");
        answer(org, "o1", "finance", "/o1");
        answer(org, "o2", "works", "/o2-missing");
        answer(org, "o3", "works", "/slow/o3");
        answer(org, "o4", "works", "/moved-away");
        answer(org, "o5", "finance", "/o5");
        board.approve(org.id(), Y2566, "o1", coordinator);
        board.approve(org.id(), Y2566, "o5", coordinator);

        assertThat(checks.checkNow(org.id())).isEqualTo(5);

        OitBoard after = board.board(org.id(), Y2566, coordinator);
        assertThat(state(after, "o1")).isEqualTo(OitState.ALIVE);
        assertThat(check(after, "o1").status()).isEqualTo(CheckStatus.ALIVE);
        assertThat(check(after, "o2")).satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.HTTP_ERROR);
            assertThat(c.httpStatus()).isEqualTo(404);
        });
        assertThat(check(after, "o3").status()).isEqualTo(CheckStatus.TIMEOUT);
        assertThat(check(after, "o4").status()).isEqualTo(CheckStatus.OFF_DOMAIN);
        assertThat(List.of("o2", "o3", "o4")).allSatisfy(code -> assertThat(state(after, code)).isEqualTo(OitState.BROKEN));
        assertThat(after.count(OitState.ALIVE)).isEqualTo(2);
        assertThat(site.userAgents).allMatch("ITA-Workflow-LinkChecker/test"::equals);

        assertThat(texts(org.userId("works.officer"))).hasSize(3).contains(
                "ลิงก์ " + site.url("/o2-missing") + " ของข้อ OIT o2 มีปัญหา (เว็บไซต์ตอบข้อผิดพลาด) กรุณาตรวจสอบหน้าเว็บไซต์บนกระดานความพร้อม OIT",
                "ลิงก์ " + site.url("/moved-away") + " ของข้อ OIT o4 มีปัญหา (ย้ายไปนอกเว็บไซต์หลัก) กรุณาตรวจสอบหน้าเว็บไซต์บนกระดานความพร้อม OIT");
        assertThat(texts(org.userId("coordinator"))).hasSize(3);
        assertThat(texts(org.userId("finance.officer"))).isEmpty();

        // The approved page changes; the broken ones stay broken and are not announced again.
        site.page("/o5", "<p>ช่องทางติดต่อ (แก้ไขใหม่)</p>");
        checks.checkNow(org.id());

        OitBoard changed = board.board(org.id(), Y2566, coordinator);
        assertThat(check(changed, "o5").status()).isEqualTo(CheckStatus.CHANGED);
        assertThat(state(changed, "o5")).isEqualTo(OitState.BROKEN);
        assertThat(state(changed, "o1")).isEqualTo(OitState.ALIVE);
        assertThat(texts(org.userId("finance.officer"))).containsExactly(
                "ลิงก์ " + site.url("/o5") + " ของข้อ OIT o5 มีปัญหา (เนื้อหาเปลี่ยนหลังอนุมัติ) กรุณาตรวจสอบหน้าเว็บไซต์บนกระดานความพร้อม OIT");
        assertThat(texts(org.userId("works.officer"))).hasSize(3);

        // The coordinator approves the new page: it is the page to watch from now on.
        board.approve(org.id(), Y2566, "o5", coordinator);
        checks.checkNow(org.id());
        assertThat(state(board.board(org.id(), Y2566, coordinator), "o5")).isEqualTo(OitState.ALIVE);
    }

    @Test
    void aBrokenEvidenceLink_isToldToItsDivisionWithTheMeasure() {
        TestOrganisation org = organisations.onboardWithWebsite("localhost");
        String measure = evidence.submitted(org, "education", List.of(site.url("/news/removed")));

        assertThat(checks.checkNow(org.id())).isEqualTo(1);

        List<Notification> told = checksNotices(org.userId("education.officer"));
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.processInstanceId()).isEqualTo(measure);
            assertThat(i18n.getTranslation(n.messageKey(), I18n.THAI, n.args().toArray()))
                    .isEqualTo("ลิงก์หลักฐาน " + site.url("/news/removed") + " ของมาตรการมีปัญหา (เว็บไซต์ตอบข้อผิดพลาด) กรุณาตรวจสอบหน้าเว็บไซต์");
        });
        assertThat(checksNotices(org.userId("coordinator"))).hasSize(1);
        assertThat(checksNotices(org.userId("works.officer"))).isEmpty();
    }

    @Test
    void aCheckedUrlIsNotDueAgainUntilItsInterval_andOnlyOneNodeClaimsAUrl() {
        TestOrganisation org = organisations.onboardWithWebsite("localhost");
        site.page("/o9", "<p>social</p>");
        answer(org, "o9", "office", "/o9");
        OffsetDateTime now = OffsetDateTime.now(clock);

        List<Long> due = runs.candidates(org.id(), false, now, 10);
        assertThat(due).hasSize(1);
        long id = due.get(0);
        assertThat(claim(id, "node-a", now)).isTrue();
        assertThat(claim(id, "node-b", now)).isFalse();
        assertThat(checks.checkNow(org.id())).as("claimed by node-a, left to it").isZero();

        assertThat(claim(id, "node-b", now.plusMinutes(31)))
                .as("node-a's lease ran out").isTrue();
        transaction.executeWithoutResult(s -> runs.record(id, CheckStatus.ALIVE,
                new FetchResult(CheckStatus.ALIVE, 200, "0".repeat(64), site.url("/o9"), null), null, null, now,
                now.plusHours(24)));
        assertThat(runs.candidates(org.id(), false, now.plusHours(1), 10)).isEmpty();
        assertThat(runs.candidates(org.id(), false, now.plusHours(25), 10)).containsExactly(id);
    }

    private boolean claim(long id, String node, OffsetDateTime at) {
        return Boolean.TRUE.equals(transaction.execute(s -> runs.claim(id, node, at, at.plusMinutes(30))));
    }

    private void answer(TestOrganisation org, String code, String division, String path) {
        board.assign(org.id(), Y2566, code, division, org.user("coordinator"));
        board.answer(org.id(), Y2566, code, List.of(site.url(path)), null, org.user("coordinator"));
    }

    /** The live checks' notices, without the hand-offs of the measure's steps (th.ita.handoff). */
    private List<Notification> checksNotices(String userId) {
        return notifications.recent(userId).stream().filter(n -> !n.messageKey().startsWith("handoff.")).toList();
    }

    private List<String> texts(String userId) {
        return checksNotices(userId).stream()
                .map(n -> i18n.getTranslation(n.messageKey(), I18n.THAI, n.args().toArray())).toList();
    }

    private static OitState state(OitBoard board, String code) {
        return OitServiceTest.item(board, code).state();
    }

    private static LastCheck check(OitBoard board, String code) {
        return OitServiceTest.item(board, code).lastCheck();
    }
}
