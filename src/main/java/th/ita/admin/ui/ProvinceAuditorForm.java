package th.ita.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import th.ita.province.NewProvinceAuditor;
import th.ita.province.ProvinceAuditors;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

/** The platform administrator creates a province auditor (the same as {@code POST /api/province-auditors}). */
class ProvinceAuditorForm extends Details {

    final TextField id = new TextField();
    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final TextField province = new TextField();
    final Button save = new Button();

    ProvinceAuditorForm(ProvinceAuditors auditors, CurrentUser user) {
        setSummaryText(getTranslation("admin.auditor"));
        id.setLabel(getTranslation("person.field.id"));
        id.setId("admin-auditor-id");
        firstName.setLabel(getTranslation("person.field.firstName"));
        lastName.setLabel(getTranslation("person.field.lastName"));
        email.setLabel(getTranslation("person.field.email"));
        password.setLabel(getTranslation("admin.person.password"));
        province.setLabel(getTranslation("organisation.field.province"));
        province.setId("admin-auditor-province");
        save.setId("admin-auditor-save");
        save.setText(getTranslation("admin.auditor.save"));
        save.addClickListener(click -> {
            try {
                auditors.create(new NewProvinceAuditor(id.getValue(), firstName.getValue(), lastName.getValue(),
                        email.getValue(), password.getValue(), province.getValue()), user);
                Messages.success("admin.auditor.saved", id.getValue().strip());
                password.clear();
                id.clear();
            } catch (UserInputException e) {
                Messages.error(e);
            }
        });
        add(new FormLayout(id, firstName, lastName, email, password, province, save));
    }
}
