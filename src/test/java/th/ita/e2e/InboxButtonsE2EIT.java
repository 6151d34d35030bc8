package th.ita.e2e;

import com.microsoft.playwright.Locator.FilterOptions;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The inbox's due dates and buttons are drawn by the browser from the row's data (LitRenderer), not sent as
 * components: in a real browser the overdue mark shows, and "claim" then "release" act on the server.
 */
@BrowserTest
class InboxButtonsE2EIT {

    @LocalServerPort int port;
    BrowserSession browser;

    @Test
    void anOfficerClaimsAndReleasesATaskFromTheInbox_andSeesWhatIsOverdue() {
        browser = new BrowserSession("http://localhost:" + port);
        // A laptop's screen (BrowserSession's default), narrower than the row: the buttons stay at the grid's right
        // edge. Half outside it, a button moved under the pointer as the grid scrolled, and the click missed.
        Page officer = browser.loginAs("works.officer");

        // The demo's plan runs in the current fiscal year: due at its end, nothing overdue by years.
        assertThat(officer.locator("#inbox-grid")).containsText("30 ก.ย. " + th.ita.support.TestYears.current().buddhistYear());

        officer.locator("#inbox-grid vaadin-button").filter(new FilterOptions().setHasText("รับงาน")).first().click();
        assertThat(officer.locator("vaadin-notification-card")).containsText("รับงานแล้ว");
        assertThat(officer.locator("#inbox-grid")).containsText("นายวีระ กล้าหาญ (นายช่างโยธาชำนาญงาน)");

        officer.locator("#inbox-grid vaadin-button").filter(new FilterOptions().setHasText("คืนงาน")).first().click();
        assertThat(officer.locator("vaadin-notification-card").last()).containsText("คืนงานแล้ว");
        assertThat(officer.locator("#inbox-grid vaadin-button").filter(new FilterOptions().setHasText("คืนงาน")))
                .hasCount(0);
    }
}
