package bench.bare;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The bare stack's one view: a login form at the same path as the application's, which the cold start polls. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class BareLoginView extends VerticalLayout {

    public BareLoginView() {
        LoginForm login = new LoginForm();
        login.setAction("login");
        add(login);
    }
}
