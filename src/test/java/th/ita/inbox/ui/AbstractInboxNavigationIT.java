package th.ita.inbox.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import th.ita.inbox.TaskRow;
import th.ita.plan.MeasureInput;
import th.ita.plan.PlanService;
import th.ita.security.UserProfiles;
import th.ita.shared.FiscalYear;
import th.ita.support.StatementCounter;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One navigation to the inbox, as the browser makes it (the view, its first page and count, the side navigation's
 * badges), costs as many SQL statements with 50 tasks on the page as with 1, and no more than 12: the page's
 * variables, divisions and indicators come in one query each, the badges in one grouped query, the framework from
 * memory. Each counted user navigates for the first time (their organisation's divisions and their badge counts are
 * not in memory yet). Every statement of the request thread is counted, the engine's included. Subclasses choose
 * the database.
 */
abstract class AbstractInboxNavigationIT {

    static final int MOST_STATEMENTS = 12;
    private static final Routes ROUTES = new Routes().autoDiscoverViews("th.ita");

    @Autowired ApplicationContext context;
    @Autowired StatementCounter counter;
    @Autowired TestOrganisations organisations;
    @Autowired PlanService plans;
    @Autowired th.ita.plan.MeasureStartJobs startJobs;
    @Autowired UserProfiles profiles;

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    @Test
    void inboxWith50Tasks_takesAsManyStatementsAsWith1_andAtMost12() {
        TestOrganisation small = withFinanceMeasures(1);
        TestOrganisation large = withFinanceMeasures(50);
        // What any user's first page reads once for all (the ITA framework) is read here, by the demo's officer.
        navigateAs("finance.officer");

        Navigation one = navigateAs(small.userId("finance.officer"));
        Navigation fifty = navigateAs(large.userId("finance.officer"));

        // For BENCHMARKS.md ("SQL statements per inbox navigation").
        System.out.printf("Inbox navigation: %d SQL statements with 1 row, %d with 50 rows%n", one.statements(),
                fifty.statements());
        assertThat(one.rows()).hasSize(1);
        assertThat(fifty.rows()).hasSize(50).allSatisfy(row -> {
            assertThat(row.divisionCode()).isEqualTo("finance");
            assertThat(row.measureTitle()).startsWith("มาตรการ ");
            assertThat(row.indicators()).containsExactly(8);
            assertThat(row.due()).isNotNull();
        });
        assertThat(fifty.inboxBadge()).isEqualTo("50");
        assertThat(fifty.statements()).as("statements of the navigation with 50 rows vs 1 row:%n%s%n---%n%s",
                        String.join("\n", fifty.sql()), String.join("\n", one.sql()))
                .isEqualTo(one.statements())
                .isLessThanOrEqualTo(MOST_STATEMENTS);
    }

    /** An organisation of its own whose approved plan has {@code measures} measures, each for finance alone. */
    private TestOrganisation withFinanceMeasures(int measures) {
        TestOrganisation org = organisations.onboard();
        var coordinator = org.user("coordinator");
        long plan = plans.createDraft(org.id(), th.ita.support.TestYears.current(), coordinator);
        for (int i = 1; i <= measures; i++) {
            plans.addMeasure(plan, new MeasureInput("มาตรการ " + i, List.of("EIT"), List.of(8), List.of("finance"), null),
                    coordinator);
        }
        plans.submitForApproval(plan, null, coordinator);
        plans.approve(plan, org.user("mayor"));
        startJobs.runNow(plan);
        return org;
    }

    private record Navigation(int statements, List<String> sql, List<TaskRow> rows, String inboxBadge) {
    }

    /** A fresh browser session of the user, and the navigation of its first page, counted. */
    private Navigation navigateAs(String userId) {
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        login(userId);

        counter.watchThisThread();
        UI.getCurrent().navigate(InboxView.class);
        MockVaadin.clientRoundtrip();
        List<String> sql = counter.statements();
        int statements = counter.reset();

        List<TaskRow> rows = GridKt._findAll(_get(InboxView.class).grid);
        String badge = _find(SideNavItem.class).stream().filter(item -> "งานของฉัน".equals(item.getLabel()))
                .map(item -> ((Span) item.getSuffixComponent()).getText()).findFirst().orElse(null);
        return new Navigation(statements, sql, rows, badge);
    }

    private void login(String userId) {
        var authentication = profiles.authentication(userId);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }
}
