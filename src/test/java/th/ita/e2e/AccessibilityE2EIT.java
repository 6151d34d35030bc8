package th.ita.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator.FilterOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.ita.approval.MeasuresAtExecutive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages of each role, scanned by axe-core (Deque's engine, as browsers' accessibility tools use it) against
 * WCAG 2.1 A and AA and its best practices: none has a critical or serious violation, and all of each page is in
 * landmarks. Lesser ones (moderate, minor) are printed, not failed.
 */
@BrowserTest
class AccessibilityE2EIT {

    /** WCAG 2.1 A and AA, and axe's best practices (one main landmark, all content in landmarks) to print. */
    private static final List<String> RULE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious");
    /** Moderate, but fixed once and kept so: one main landmark, and everything on the page inside a landmark. */
    private static final Set<String> FAILING_RULES = Set.of("landmark-one-main", "region");

    @LocalServerPort int port;
    @Autowired MeasuresAtExecutive measures;
    BrowserSession browser;
    private final List<String> violations = new ArrayList<>();

    @Test
    void theMainPagesOfEachRole_haveNoCriticalOrSeriousWcagViolation() {
        browser = new BrowserSession("http://localhost:" + port);
        // Something for the mayor to approve, of its own, so that the demo's measures stay as other tests expect them.
        measures.start("ตรวจการเข้าถึง " + java.util.UUID.randomUUID().toString().substring(0, 8));

        Page login = browser.anonymousPage();
        login.navigate(browser.url("/login"));
        login.locator("vaadin-login-form").waitFor();
        titled(login);
        scan(login, "login");

        Page officer = browser.loginAs("works.officer");
        assertThat(officer.locator("#inbox-grid")).containsText("ดำเนินการและส่งหลักฐาน");
        scan(officer, "inbox");
        officer.locator("#inbox-grid vaadin-grid-cell-content").filter(new FilterOptions().setHasText("ดำเนินการและส่งหลักฐาน"))
                .first().dblclick();
        assertThat(officer.locator("#work-comment")).isVisible();
        scan(officer, "task");
        open(officer, "/line");
        scan(officer, "my LINE");

        Page mayor = browser.loginAs("mayor");
        open(mayor, "/approval");
        assertThat(mayor.locator("#approval-grid")).containsText("ตรวจการเข้าถึง");
        scan(mayor, "approvals");
        open(mayor, "/dashboard");
        scan(mayor, "dashboard");

        Page coordinator = browser.loginAs("coordinator");
        open(coordinator, "/oit?year=2566");
        assertThat(coordinator.locator("#oit-summary")).isVisible();
        scan(coordinator, "OIT board");
        open(coordinator, "/plans");
        coordinator.locator("#plan-report").click();
        coordinator.waitForURL(url -> url.endsWith("/report"));
        settle(coordinator);
        scan(coordinator, "report");
        open(coordinator, "/notifications");
        scan(coordinator, "notifications");

        Page organisationAdmin = browser.loginAs("bantan.admin");
        open(organisationAdmin, "/admin/organisation");
        scan(organisationAdmin, "organisation admin");

        assertThat(violations).as("critical or serious WCAG 2.1 AA violations, content outside landmarks").isEmpty();
    }

    private void open(Page page, String path) {
        page.navigate(browser.url(path));
        settle(page);
    }

    /** The page rendered and its server round trips done, so that axe sees what a person would. */
    private static void settle(Page page) {
        page.locator("vaadin-app-layout").waitFor();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        titled(page);
    }

    /** Every page has a title (WCAG 2.4.2), set by Vaadin from the view once the page has loaded. */
    private static void titled(Page page) {
        try {
            page.waitForFunction("() => document.title !== ''", null, new Page.WaitForFunctionOptions().setTimeout(20_000));
        } catch (RuntimeException e) {
            throw new AssertionError("no page title at " + page.url(), e);
        }
    }

    private void scan(Page page, String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        AxeResults results = new AxeBuilder(page).withTags(RULE_TAGS).analyze();
        for (Rule rule : results.getViolations()) {
            List<CheckedNode> nodes = rule.getNodes().stream().filter(node -> !vaadinSideNavToggle(rule, node) && !vaadinConnectionIndicator(rule, node)).toList();
            if (nodes.isEmpty()) {
                continue;
            }
            String line = name + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                    + nodes.stream().map(AccessibilityE2EIT::where).collect(Collectors.joining(" | "));
            if (FAILING_IMPACTS.contains(rule.getImpact()) || FAILING_RULES.contains(rule.getId())) {
                violations.add(line);
            } else {
                System.out.println("axe, not failing: " + line);
            }
        }
    }

    /**
     * The one violation left to Vaadin: in vaadin-side-nav-item's shadow DOM (Vaadin 24.9, and still in the web
     * components' main branch), the toggle button of an item with sub-items has {@code aria-controls="children"}, but
     * the {@code <ul part="children">} it toggles has no id (an earlier version had {@code id="children"} on it). Only
     * items with sub-items have the button (the inbox's filters). Nothing of ours can add an id inside that shadow root
     * short of patching the component; no Vaadin issue about it was found, one is to be filed with vaadin/web-components.
     * Ignored for exactly that node: the rule, the component, the button and the attribute.
     */
    private static boolean vaadinSideNavToggle(Rule rule, CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return "aria-valid-attr-value".equals(rule.getId()) && String.valueOf(node.getTarget()).startsWith("[[vaadin-side-nav-item")
                && html.startsWith("<button part=\"toggle-button\"") && html.contains("aria-controls=\"children\"");
    }

    /**
     * Vaadin's connection indicator, which Flow's client puts straight into the body of every page, outside any landmark
     * of ours: empty while the server answers, a status message ("reconnecting") when it does not. Its place is Vaadin's
     * choice, not ours; ignored for the landmark rule only.
     */
    private static boolean vaadinConnectionIndicator(Rule rule, CheckedNode node) {
        return "region".equals(rule.getId()) && "[vaadin-connection-indicator]".equals(String.valueOf(node.getTarget()));
    }

    private static String where(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return node.getTarget() + " " + (html.length() > 160 ? html.substring(0, 160) + "…" : html);
    }
}
