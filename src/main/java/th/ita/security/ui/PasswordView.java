package th.ita.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import th.ita.security.CurrentUserProvider;
import th.ita.security.OwnPassword;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

/**
 * Everybody's own password: the current one, then the new one twice. The only change a person makes to their own
 * account; name and e-mail are changed by the organisation's administrator.
 */
@Route("password")
@Menu(title = "nav.password", order = 99)
@PermitAll
public class PasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();

    public PasswordView(OwnPassword passwords, CurrentUserProvider users) {
        setMaxWidth("32rem");
        current.setId("password-current");
        current.setLabel(getTranslation("password.current"));
        newPassword.setId("password-new");
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.policy"));
        repeated.setId("password-repeat");
        repeated.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : new PasswordField[] {current, newPassword, repeated}) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
        }
        save.setId("password-save");
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                passwords.change(users.require(), current.getValue(), newPassword.getValue(), repeated.getValue());
                Messages.success("password.saved");
                current.clear();
                newPassword.clear();
                repeated.clear();
            } catch (UserInputException e) {
                Messages.error(e);
            }
        });
        add(new H2(getTranslation("password.title")), current, newPassword, repeated, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
