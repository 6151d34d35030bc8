package th.ita.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.inbox.ui.InboxView;
import th.ita.preferences.UserPreferences;
import th.ita.support.KaribuTest;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchTest extends KaribuTest {

    @Autowired UserPreferences preferences;
    @Autowired LanguageSwitcher languageSwitcher;

    @Test
    void englishSwitchIsRememberedForTheUser_andUsedInTheirNextSession() {
        login("education.head");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("งานของฉัน");

        _click(_get(Button.class, spec -> spec.withId("switch-language")));
        assertThat(preferences.language("education.head")).contains(Locale.ENGLISH);

        // A new session (another device): no session choice, so the saved preference decides.
        VaadinSession.getCurrent().setAttribute(LanguageSwitcher.LOCALE_ATTRIBUTE, null);
        assertThat(languageSwitcher.initialLocale()).isEqualTo(Locale.ENGLISH);
        preferences.saveLanguage("education.head", Locale.forLanguageTag("th-TH"));
        assertThat(languageSwitcher.initialLocale().getLanguage()).isEqualTo("th");
    }
}
