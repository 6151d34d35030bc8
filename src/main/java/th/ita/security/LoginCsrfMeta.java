package th.ita.security;

import com.vaadin.flow.server.AppShellSettings;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The login form's CSRF token. Vaadin's login form posts a plain HTML form to {@code /login}, which Vaadin's security
 * set-up therefore exempts from CSRF protection — so a page elsewhere could sign a visitor in as the attacker
 * (login CSRF). The form sends the token when the page carries it in {@code <meta name="_csrf">} and
 * {@code <meta name="_csrf_parameter">}; this puts them on every page the server renders, and SecurityConfig checks
 * it on {@code POST /login} like on every other form.
 */
public final class LoginCsrfMeta {

    private LoginCsrfMeta() {
    }

    public static void addTo(AppShellSettings settings) {
        Object attribute = settings.getRequest().getAttribute(CsrfToken.class.getName());
        if (attribute instanceof CsrfToken token) {
            settings.addMetaTag("_csrf_parameter", token.getParameterName());
            settings.addMetaTag("_csrf", token.getToken());
        }
    }
}
