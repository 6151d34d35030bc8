package th.ita.bench;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import th.ita.security.UserProfiles;
import th.ita.support.StatementCounter;
import th.ita.ui.NavigationBadge;

import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

/**
 * One navigation to a screen right after login, in Karibu's browserless Vaadin (a fresh session each time): the
 * route's layout with its badges, the view's {@code beforeEnter}, then what the browser asks next, the first
 * {@value Fixtures#PAGE} rows of every grid on the page. Whatever the views call is what is counted and timed, so the
 * harness follows the screens' read models as they change. Only the calling thread's SQL statements are counted.
 */
final class Screens {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("th.ita");

    /** Statements and server time of one navigation; rows: the items of the page's grids (their
     * counts), or the entries of the notifications page. */
    record Navigation(int statements, double millis, double gridMillis, long rows) {
    }

    private final ApplicationContext context;
    private final StatementCounter counter;
    private final UserProfiles profiles;

    Screens(ApplicationContext context, StatementCounter counter, UserProfiles profiles) {
        this.context = context;
        this.counter = counter;
        this.profiles = profiles;
    }

    Navigation open(String userId, String location) {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        try {
            login(userId);
            counter.watchThisThread();
            long start = System.nanoTime();
            int query = location.indexOf('?');
            if (query < 0) {
                UI.getCurrent().navigate(location);
            } else {
                UI.getCurrent().navigate(location.substring(0, query),
                        QueryParameters.fromString(location.substring(query + 1)));
            }
            long navigated = System.nanoTime();
            @SuppressWarnings("rawtypes") var grids = _find(Grid.class);
            for (Grid<?> grid : grids) {
                grid.getDataCommunicator().setViewportRange(0, Fixtures.PAGE);
            }
            MockVaadin.clientRoundtrip();
            long done = System.nanoTime();
            int statements = counter.reset();
            long rows = grids.isEmpty() ? notices()
                    : grids.stream().mapToLong(g -> ((Grid<?>) g).getDataCommunicator().getItemCount()).sum();
            return new Navigation(statements, (done - start) / 1e6, (done - navigated) / 1e6, rows);
        } finally {
            SecurityContextHolder.clearContext();
            MockVaadin.tearDown();
        }
    }

    /** Whether Vaadin serves these navigations in production mode, as a deployed server does (the bench profile's setting). */
    boolean productionMode() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        try {
            return com.vaadin.flow.server.VaadinService.getCurrent().getDeploymentConfiguration().isProductionMode();
        } finally {
            MockVaadin.tearDown();
        }
    }

    /** A page without a grid (the notifications as they are listed today): its entries. */
    private static long notices() {
        return _find(com.vaadin.flow.component.html.Div.class).stream()
                .filter(d -> d.hasClassName("notification-read") || d.hasClassName("notification-unread")).count();
    }

    /** The side navigation's and top bar's counts alone, as the layout asks for them. */
    Navigation badges(String userId) {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        try {
            login(userId);
            counter.watchThisThread();
            long start = System.nanoTime();
            long shown = 0;
            for (NavigationBadge badge : context.getBeansOfType(NavigationBadge.class).values()) {
                shown += badge.count().orElse(0);
                shown += badge.filtered().stream().mapToLong(NavigationBadge.Filtered::count).sum();
            }
            return new Navigation(counter.reset(), (System.nanoTime() - start) / 1e6, 0, shown);
        } finally {
            SecurityContextHolder.clearContext();
            MockVaadin.tearDown();
        }
    }

    /** What the form login sets: Spring Security's context and the request's principal and roles. */
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
