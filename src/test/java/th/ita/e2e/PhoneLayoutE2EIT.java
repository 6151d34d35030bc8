package th.ita.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 390 × 844 phone, every page of every role that decides or works fits the screen: no sideways scrolling. The
 * pages are the role's menu, and the pages reached from them (a task, a measure's history, a plan's audit and report,
 * the notice settings). The inbox's cards show title, step and due date within the screen, and at 1366 × 768 the
 * inbox's due dates are not under its frozen column. Leaves phone-inbox.png, phone-dashboard.png, phone-oit.png and
 * desktop-inbox.png in docs/screenshots.
 */
@BrowserTest
class PhoneLayoutE2EIT {

    static final int PHONE_WIDTH = 390;
    /** Mayor, officer, head, coordinator, org-admin and province auditor (demo/DemoAccounts). */
    static final List<String> ACCOUNTS = List.of("mayor", "finance.officer", "finance.head", "coordinator",
            "bantan.admin", "auditor");

    @LocalServerPort int port;
    BrowserSession browser;

    @Test
    void noPageOfAnyRoleScrollsSideways_onAPhone() {
        browser = new BrowserSession("http://localhost:" + port);
        List<String> visited = new ArrayList<>();
        List<String> tooWide = new ArrayList<>();
        for (String account : ACCOUNTS) {
            Page phone = browser.loginAs(account, PHONE_WIDTH, 844);
            Set<String> paths = new LinkedHashSet<>(menuPaths(phone));
            paths.add("settings/notices");
            for (String path : paths) {
                open(phone, "/" + path);
                check(phone, account, visited, tooWide);
                // The pages a click away from this one.
                if (path.isEmpty()) {
                    follow(phone, "#inbox-grid a.inbox-card-title", account, visited, tooWide);
                } else if (path.equals("measures")) {
                    // The first row's first cell (in the grid's shadow root, which Playwright's CSS reaches).
                    follow(phone, "#measures-grid #items [part~='body-cell']", account, visited, tooWide);
                } else if (path.equals("plans")) {
                    for (String button : List.of("#plan-audit", "#plan-report")) {
                        open(phone, "/plans");
                        follow(phone, button, account, visited, tooWide);
                    }
                }
            }
        }
        assertThat(visited).as("pages visited").hasSizeGreaterThan(ACCOUNTS.size() * 3);
        assertThat(tooWide).as("pages wider than the phone, of " + visited).isEmpty();
    }

    @Test
    void theInboxOnAPhone_showsTitleStepAndDueDateOfEachTask_andTheDashboardAndBoardFit() {
        browser = new BrowserSession("http://localhost:" + port);
        Page phone = browser.loginAs("finance.officer", PHONE_WIDTH, 844);

        Locator card = phone.locator("#inbox-grid .inbox-card").first();
        assertThat(card).isVisible();
        for (String part : List.of(".inbox-card-title", ".inbox-card-step", ".inbox-card-due")) {
            Locator element = card.locator(part);
            assertThat(element).isVisible();
            assertThat(element).not().isEmpty();
            BoundingBox box = element.boundingBox();
            assertThat(box.x).as(part + " left edge").isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as(part + " right edge").isLessThanOrEqualTo(PHONE_WIDTH);
        }
        assertThat(card.locator(".inbox-card-step")).containsText("ดำเนินการและส่งหลักฐาน");
        assertThat(card.locator(".inbox-card-due")).containsText("กำหนดเสร็จ");
        BrowserSession.screenshot(phone, "phone-inbox");

        Page mayor = browser.loginAs("mayor", PHONE_WIDTH, 844);
        open(mayor, "/dashboard");
        assertThat(mayor.locator("#dashboard-indicators svg[viewBox^='0 0 360 ']")).isVisible();
        // The figures are folded under their summary, a tap away.
        assertThat(mayor.locator("#dashboard-indicators details")).not().hasAttribute("open", "");
        BoundingBox select = mayor.locator("#dashboard-plan").boundingBox();
        assertThat(select.x + select.width).as("plan select's right edge").isLessThanOrEqualTo(PHONE_WIDTH);
        assertNoSidewaysScrolling(mayor);
        BrowserSession.screenshot(mayor, "phone-dashboard");

        Page coordinator = browser.loginAs("coordinator", PHONE_WIDTH, 844);
        open(coordinator, "/oit");
        Locator state = coordinator.locator("#oit-items [class^='oit-state-']").first();
        assertThat(state).isVisible();
        BoundingBox stateBox = state.boundingBox();
        assertThat(stateBox.x + stateBox.width).as("OIT state's right edge").isLessThanOrEqualTo(PHONE_WIDTH);
        assertNoSidewaysScrolling(coordinator);
        // The items, not the panels above them (the page scrolls inside the layout: a full-page shot is one screen).
        coordinator.locator("#oit-items").scrollIntoViewIfNeeded();
        BrowserSession.screenshot(coordinator, "phone-oit");
    }

    @Test
    void onALaptopTheInboxShowsEachDueDate_notUnderTheFrozenColumn() {
        browser = new BrowserSession("http://localhost:" + port);
        Page laptop = browser.loginAs("coordinator", 1366, 768);
        Locator grid = laptop.locator("#inbox-grid");
        assertThat(grid.locator("a.inbox-measure").first()).isVisible();

        BoundingBox gridBox = grid.boundingBox();
        Locator dueCells = grid.locator("vaadin-grid-cell-content:has(.inbox-due)");
        Locator frozen = grid.locator("vaadin-grid-cell-content:has(.inbox-actions)").first();
        double frozenLeft = frozen.count() == 0 ? gridBox.x + gridBox.width : frozen.boundingBox().x;
        // The due date's cell ends left of the claim column and within the grid, with nothing to scroll.
        BoundingBox due = dueCells.first().boundingBox();
        assertThat(due.x + due.width).as("due date's right edge").isLessThanOrEqualTo(frozenLeft + 1);
        // The title is a link a keyboard reaches: an anchor with an address.
        assertThat(grid.locator("a.inbox-measure").first()).hasAttribute("href", java.util.regex.Pattern.compile("^task/.+"));
        BrowserSession.screenshot(laptop, "desktop-inbox");
    }

    private void open(Page page, String path) {
        page.navigate(browser.url(path));
        settle(page);
    }

    /** Loaded, and the layout adapted to the width the browser reported (a round trip after the first render). */
    private static void settle(Page page) {
        page.locator("vaadin-app-layout").waitFor();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(300);
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Clicks the first {@code selector} if the page has one, and checks where it leads. */
    private static void follow(Page page, String selector, String account, List<String> visited, List<String> tooWide) {
        Locator target = page.locator(selector).first();
        if (target.count() == 0 || !target.isVisible()) {
            return; // nothing to follow for this role (an empty list, a button it does not get)
        }
        String before = page.url();
        target.click();
        page.waitForURL(url -> !url.equals(before));
        settle(page);
        check(page, account, visited, tooWide);
    }

    private static void check(Page page, String account, List<String> visited, List<String> tooWide) {
        String where = account + " " + page.url().replaceFirst("^https?://[^/]+", "");
        visited.add(where);
        Number overflow = (Number) page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow.intValue() > 0) {
            tooWide.add(where + " (" + overflow + " px too wide: " + widest(page) + ")");
        }
    }

    /** The elements that stick out on the right, for a failure message that says where to look. */
    private static Object widest(Page page) {
        return page.evaluate("() => { const w = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > w + 1).slice(0, 5)"
                + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')"
                + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ') }");
    }

    private static void assertNoSidewaysScrolling(Page page) {
        Number overflow = (Number) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("sideways overflow, " + widest(page)).isLessThanOrEqualTo(0);
    }

    /** The paths of the side navigation, as the role sees it (sub-items with filters dropped: same pages). */
    @SuppressWarnings("unchecked")
    private static List<String> menuPaths(Page page) {
        page.locator("vaadin-side-nav-item").first().waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        List<String> paths = (List<String>) page.locator("vaadin-side-nav-item")
                .evaluateAll("items => items.map(i => i.getAttribute('path')).filter(p => p != null)");
        return paths.stream().map(p -> p.startsWith("/") ? p.substring(1) : p).distinct().toList();
    }
}
