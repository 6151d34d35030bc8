package th.ita.e2e;

import com.microsoft.playwright.Locator.FilterOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.support.TestPdf;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey in a real browser: the coordinator assigns a measure to finance, the finance officer
 * uploads evidence, the finance head accepts, the coordinator finds it complete, the mayor approves on the
 * approval screen. Leaves screenshots of the main screens in docs/screenshots for the README.
 */
@BrowserTest
class MeasureJourneyE2EIT {

    @LocalServerPort int port;
    @Autowired HistoryService historyService;
    BrowserSession browser;

    @Test
    void measureIsAssignedWorkedReviewedAndApprovedInTheBrowser() {
        browser = new BrowserSession("http://localhost:" + port);
        String title = "มาตรการเผยแพร่ข้อมูลการใช้งบประมาณ " + UUID.randomUUID().toString().substring(0, 6);

        Page coordinator = browser.loginAs("coordinator");
        coordinator.navigate(browser.url("/assessments"));
        assertThat(coordinator.locator("#assessment-indicators")).containsText("68.75");
        BrowserSession.screenshot(coordinator, "assessment");
        coordinator.navigate(browser.url("/plans"));
        assertThat(coordinator.locator("#plan-tree")).containsText("มาตรการป้องกันละเว้นการปฏิบัติหน้าที่ตามคู่มือประชาชน");
        BrowserSession.screenshot(coordinator, "plan");
        coordinator.navigate(browser.url("/measures/new"));
        coordinator.locator("#measure-title textarea").fill(title);
        coordinator.locator("vaadin-checkbox").filter(new FilterOptions().setHasText("กองคลัง")).click();
        BrowserSession.screenshot(coordinator, "assign-measure");
        coordinator.locator("#start-measure").click();
        assertThat(coordinator.locator("vaadin-notification-card")).containsText("มอบหมายมาตรการแล้ว");

        Page officer = browser.loginAs("finance.officer");
        assertThat(officer.locator("#inbox-grid")).containsText(title);
        BrowserSession.screenshot(officer, "inbox");
        officer.locator("#inbox-grid vaadin-grid-cell-content").filter(new FilterOptions().setHasText(title))
                .first().dblclick();
        officer.locator("#work-comment textarea").fill("จัดทำประกาศและเผยแพร่บนเว็บไซต์แล้ว");
        officer.locator("#evidence-upload input[type=file]").setInputFiles(
                new FilePayload("ประกาศเผยแพร่.pdf", "application/pdf", TestPdf.minimal("e2e")));
        // Listed under the upload only once the server has received and checked the file.
        assertThat(officer.locator("#pending-evidence")).containsText("ประกาศเผยแพร่.pdf");
        BrowserSession.screenshot(officer, "evidence-submission");
        officer.locator("#submit-work").click();
        // Each step says where the work went, on the inbox where the user lands, and the focus is on it.
        assertThat(officer.locator("#action-result")).containsText("ส่งถึง หัวหน้ากองคลัง แล้ว");
        assertThat(officer.locator("#action-result")).isFocused();

        Page head = browser.loginAs("finance.head");
        head.locator("#inbox-grid vaadin-grid-cell-content").filter(new FilterOptions().setHasText(title))
                .first().dblclick();
        assertThat(head.locator("#evidence-list")).containsText("ประกาศเผยแพร่.pdf");
        head.locator("vaadin-radio-button").filter(new FilterOptions().setHasText("เห็นชอบ")).click();
        BrowserSession.screenshot(head, "head-review");
        head.locator("#submit-decision").click();
        assertThat(head.locator("#action-result")).containsText("ส่งถึง ผู้ประสานงาน ITA แล้ว");

        // The coordinator's completeness check, rendered from forms/coordinator-check.form.
        Page checker = browser.loginAs("coordinator");
        checker.locator("#inbox-grid vaadin-grid-cell-content").filter(new FilterOptions().setHasText(title))
                .first().dblclick();
        assertThat(checker.locator("#evidence-list")).containsText("ประกาศเผยแพร่.pdf");
        checker.locator("vaadin-radio-button").filter(new FilterOptions().setHasText("ครบถ้วน เสนอผู้บริหาร")).click();
        BrowserSession.screenshot(checker, "coordinator-check");
        checker.locator("#submit-decision").click();
        assertThat(checker.locator("#action-result")).containsText("ส่งถึง ผู้บริหาร แล้ว");

        Page mayor = browser.loginAs("mayor");
        mayor.navigate(browser.url("/approval"));
        assertThat(mayor.locator("#approval-grid")).containsText(title);
        BrowserSession.screenshot(mayor, "approval");
        mayor.locator("#approval-grid vaadin-button[aria-label='อนุมัติ: " + title + "']").click();
        assertThat(mayor.locator("vaadin-notification-card")).containsText("อนุมัติมาตรการแล้ว");

        mayor.navigate(browser.url("/measures"));
        mayor.locator("#measures-grid vaadin-grid-cell-content").filter(new FilterOptions().setHasText(title)).first().click();
        assertThat(mayor.locator("#timeline")).containsText("ประกาศเผยแพร่.pdf");
        BrowserSession.screenshot(mayor, "audit-history");

        assertThat(historyService.createHistoricProcessInstanceQuery().variableValueEquals("measureTitle", title)
                .singleResult().getEndActivityId()).isEqualTo(ImprovementMeasureProcess.END_DONE);
    }
}
