package th.ita.e2e;

import com.microsoft.playwright.Locator.FilterOptions;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An officer on a phone (390 × 844): the inbox and a task open and fit the screen. */
@BrowserTest
class PhoneE2EIT {

    @LocalServerPort int port;
    BrowserSession browser;

    @Test
    void officerOpensATaskOnAPhone() {
        browser = new BrowserSession("http://localhost:" + port);
        Page phone = browser.loginAs("works.officer", 390, 844);

        assertThat(phone.locator("#inbox-grid")).containsText("ดำเนินการและส่งหลักฐาน");
        BrowserSession.screenshot(phone, "phone-inbox");
        phone.locator("#inbox-grid vaadin-button").filter(new FilterOptions().setHasText("เปิด")).first().click();
        assertThat(phone.locator("#work-comment")).isVisible();
        BrowserSession.screenshot(phone, "phone-task");

        // Nothing wider than the screen: no sideways scrolling on a phone.
        Object overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }
}
