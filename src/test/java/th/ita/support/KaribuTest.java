package th.ita.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Base of the browserless UI tests: the whole Spring application with Karibu's fake Vaadin servlet.
 * {@link #login(String)} sets what the form login would: the Spring Security context and the request's
 * principal and roles (which Vaadin's view access checks read).
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    /**
     * The application's views with Karibu's own error routes, which throw instead of rendering: a refused navigation
     * fails loudly ("AccessDeniedException") in the role tests. The application's Thai error pages
     * ({@code th.ita.ui.NoAccessView}, {@code NotFoundView}) would otherwise replace them; tests of those pages
     * take {@link #APPLICATION_ROUTES} through {@link #routes()}.
     */
    private static final Routes ROUTES = withKaribuErrorRoutes(new Routes().autoDiscoverViews("th.ita"));
    protected static final Routes APPLICATION_ROUTES = new Routes().autoDiscoverViews("th.ita");

    @Autowired protected ApplicationContext context;
    @Autowired protected TestUsers users;

    /** Whether someone has signed in during this test: the next sign-in then starts a session of its own. */
    private boolean signedIn;

    @BeforeEach
    void setUpVaadin() {
        signedIn = false;
        startSession();
    }

    private void startSession() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes(), context, UI::new));
    }

    protected Routes routes() {
        return ROUTES;
    }

    private static Routes withKaribuErrorRoutes(Routes routes) {
        routes.getErrorRoutes().removeIf(route -> route.getPackageName().startsWith("th.ita"));
        routes.getErrorRoutes().add(MockRouteNotFoundError.class);
        routes.getErrorRoutes().add(MockRouteAccessDeniedError.class);
        return routes;
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /**
     * Signs the user in, in a browser session of their own when somebody else signed in before in this test, as two
     * people on two machines are: Vaadin keeps the view shown when one navigates to it again, so the second person
     * would otherwise be handed the first one's view (built for the first one).
     */
    protected void login(String userId) {
        if (signedIn) {
            SecurityContextHolder.clearContext();
            MockVaadin.tearDown();
            startSession();
        }
        signedIn = true;
        var authentication = users.authentication(userId);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        // Only ROLE_ authorities are roles; ORG_ and PROVINCE_ carry the organisation and province.
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }
}
