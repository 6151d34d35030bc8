package th.ita.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import th.ita.preferences.NoticePreferences;
import th.ita.preferences.UserPreferences;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.ui.Messages;

/**
 * The signed-in person's own choice of how hand-offs reach them: in the app always (shown, not changeable), by
 * e-mail, on LINE, and at once or in one daily digest. Reached from the notifications page.
 */
@Route(NoticePreferencesView.ROUTE)
@PermitAll
public class NoticePreferencesView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "settings/notices";

    public NoticePreferencesView(UserPreferences preferences, CurrentUserProvider users) {
        CurrentUser user = users.require();
        NoticePreferences chosen = preferences.notices(user.userId());
        Checkbox inApp = new Checkbox(getTranslation("preferences.notices.inApp"), true);
        inApp.setReadOnly(true);
        inApp.setId("notice-in-app");
        Checkbox email = checkbox("notice-email", "preferences.notices.email", chosen.email());
        Checkbox line = checkbox("notice-line", "preferences.notices.line", chosen.line());
        Checkbox digest = checkbox("notice-digest", "preferences.notices.digest", chosen.dailyDigest());
        Button save = new Button(getTranslation("preferences.notices.save"), click -> {
            preferences.saveNotices(user.userId(), new NoticePreferences(email.getValue(), line.getValue(), digest.getValue()));
            Messages.success("preferences.notices.saved");
        });
        save.setId("save-notices");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTitle()), new Paragraph(getTranslation("preferences.notices.intro")), inApp, email, line, digest, save);
        setMaxWidth("40rem");
    }

    private Checkbox checkbox(String id, String labelKey, boolean value) {
        Checkbox box = new Checkbox(getTranslation(labelKey), value);
        box.setId(id);
        return box;
    }

    private String getTitle() {
        return getTranslation("nav.noticePreferences");
    }

    @Override
    public String getPageTitle() {
        return getTitle();
    }
}
