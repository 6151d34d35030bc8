package th.ita.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.ita.approval.MeasuresAtExecutive;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** On a phone (390 × 844): an officer's inbox and task, and the mayor's approvals, fit the screen and work. */
@BrowserTest
class PhoneE2EIT {

    @LocalServerPort int port;
    @Autowired MeasuresAtExecutive measures;
    BrowserSession browser;

    @Test
    void officerOpensATaskOnAPhone() {
        browser = new BrowserSession("http://localhost:" + port);
        Page phone = browser.loginAs("works.officer", 390, 844);

        assertThat(phone.locator("#inbox-grid")).containsText("ดำเนินการและส่งหลักฐาน");
        BrowserSession.screenshot(phone, "phone-inbox");
        // The card's title is the link to the task.
        phone.locator("#inbox-grid a.inbox-card-title").first().click();
        assertThat(phone.locator("#work-comment")).isVisible();
        BrowserSession.screenshot(phone, "phone-task");

        assertNoSidewaysScrolling(phone);
    }

    @Test
    void mayorReadsAndApprovesOnAPhone() {
        // A measure of its own at the executive's step (its title gets a suffix), so the demo's stay as other tests expect them.
        String title = "อนุมัติบนโทรศัพท์ " + java.util.UUID.randomUUID().toString().substring(0, 8);
        measures.start(title);
        browser = new BrowserSession("http://localhost:" + port);
        Page phone = browser.loginAs("mayor", 390, 844);
        phone.navigate("http://localhost:" + port + "/approval");

        // The card's approve button is on the screen, not past its right edge (it sat at x = 484 before).
        // In the phone's card (the wide layout's button is in a column the page hides once it knows the width).
        var approve = phone.locator("#approval-grid vaadin-grid-cell-content:has(.approval-card-title) "
                + "vaadin-button[aria-label^='อนุมัติ: " + title + "']");
        assertThat(approve).isVisible();
        var box = approve.boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(390);
        BrowserSession.screenshot(phone, "phone-approval");
        assertNoSidewaysScrolling(phone);

        // Details, then the decision from the detail panel under the evidence.
        phone.locator("#approval-grid vaadin-grid-cell-content:has(.approval-card-title) "
                + "vaadin-button[aria-label^='รายละเอียด: " + title + "']").click();
        assertThat(phone.locator("#detail-bottom-approve")).isVisible();
        assertNoSidewaysScrolling(phone);
        phone.locator("#detail-bottom-approve").click();
        assertThat(phone.locator("vaadin-notification-card").first()).containsText("อนุมัติมาตรการแล้ว");
    }

    /** Nothing wider than the screen: no sideways scrolling on a phone. */
    private static void assertNoSidewaysScrolling(Page phone) {
        Object overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }
}
