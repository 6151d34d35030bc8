package th.ita.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The coordinator opens the OIT readiness board of the demo year: items filled from the plan's evidence links. */
@BrowserTest
class OitBoardE2EIT {

    @LocalServerPort int port;
    BrowserSession browser;

    @Test
    void coordinatorOpensTheOitBoard() {
        browser = new BrowserSession("http://localhost:" + port);
        Page page = browser.loginAs("coordinator", 1400, 1900);
        page.navigate(browser.url("/oit?year=2566"));

        assertThat(page.locator("#oit-summary")).containsText("จาก 43 ข้อ");
        assertThat(page.locator("#oit-items")).containsText("https://www.bantan.go.th/oit/o16");
        // Tall enough to show the items filled from the demo plan (o7, o14, o15, o16, o20).
        BrowserSession.screenshot(page, "oit-board");
    }
}
