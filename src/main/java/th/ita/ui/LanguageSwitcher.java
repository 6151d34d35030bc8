package th.ita.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import th.ita.preferences.UserPreferences;
import th.ita.shared.I18n;

import java.util.Locale;
import java.util.Optional;

/**
 * Thai by default; the English switch is remembered for the session and, once logged in, for the user
 * (so it follows them to their phone).
 */
@Component
public class LanguageSwitcher {

    static final String LOCALE_ATTRIBUTE = "ita.locale";

    private final UserPreferences preferences;

    LanguageSwitcher(UserPreferences preferences) {
        this.preferences = preferences;
    }

    /** The language chosen in this session, else the one the user chose last time, else Thai. */
    Locale initialLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(LOCALE_ATTRIBUTE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return loggedInUser().flatMap(preferences::language).orElse(I18n.THAI);
    }

    /** Switches between Thai and English and reloads the page in the other language. */
    public void toggle() {
        Locale next = "en".equals(UI.getCurrent().getLocale().getLanguage()) ? I18n.THAI : I18n.ENGLISH;
        VaadinSession.getCurrent().setAttribute(LOCALE_ATTRIBUTE, next);
        loggedInUser().ifPresent(userId -> preferences.saveLanguage(userId, next));
        UI.getCurrent().setLocale(next);
        UI.getCurrent().getPage().reload();
    }

    private static Optional<String> loggedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? Optional.empty() : Optional.ofNullable(authentication.getName());
    }
}
