package th.ita.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/** Form login against the Camunda identity service; shows the demo password only while demo data is on. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    /** The demo's settings as properties, not the demo feature's beans: the login screen must not depend on the demo. */
    public LoginView(@Value("${ita.demo.enabled:false}") boolean demo, @Value("${ita.demo.password:}") String demoPassword,
                     LanguageSwitcher languageSwitcher) {
        setSizeFull();
        // The page's one main landmark (there is no MainLayout around the login page to give it one).
        getElement().setAttribute("role", "main");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        login.setAction("login");
        login.setI18n(i18n());
        login.setForgotPasswordButtonVisible(false);
        add(login);

        if (demo) {
            Paragraph hint = new Paragraph(getTranslation("login.demoHint", demoPassword));
            hint.setId("demo-hint");
            hint.getStyle().set("max-width", "24rem").set("text-align", "center");
            add(hint);
        }
        Button language = new Button(getTranslation("app.switchLanguage"),
                click -> languageSwitcher.toggle());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(language);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
