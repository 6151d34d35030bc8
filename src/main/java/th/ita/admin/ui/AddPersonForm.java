package th.ita.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import th.ita.admin.OrganisationAdmin;
import th.ita.division.Division;
import th.ita.organisation.NewPerson;
import th.ita.organisation.PersonRole;
import th.ita.security.CurrentUser;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import java.util.List;

/** Adds a person to the organisation in one role; officers and heads (and optionally coordinators) in a division. */
class AddPersonForm extends FormLayout {

    final TextField id = new TextField();
    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final TextField position = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final ComboBox<PersonRole> role = new ComboBox<>();
    final ComboBox<Division> division = new ComboBox<>();
    final Button save = new Button();

    AddPersonForm(OrganisationAdmin admin, long organisationId, List<Division> divisions, CurrentUser user,
                  Runnable onAdded) {
        id.setId("admin-person-id");
        id.setLabel(getTranslation("person.field.id"));
        firstName.setId("admin-person-first-name");
        firstName.setLabel(getTranslation("person.field.firstName"));
        lastName.setId("admin-person-last-name");
        lastName.setLabel(getTranslation("person.field.lastName"));
        position.setId("admin-person-position");
        position.setLabel(getTranslation("person.field.position"));
        position.setHelperText(getTranslation("person.field.position.helper"));
        email.setId("admin-person-email");
        email.setLabel(getTranslation("person.field.email"));
        password.setId("admin-person-password");
        password.setLabel(getTranslation("admin.person.password"));
        role.setId("admin-person-role");
        role.setLabel(getTranslation("admin.person.role"));
        role.setItems(PersonRole.values());
        role.setItemLabelGenerator(r -> getTranslation("admin.role." + r.apiName()));
        division.setId("admin-person-division");
        division.setLabel(getTranslation("person.field.division"));
        division.setItems(divisions);
        division.setItemLabelGenerator(d -> d.name(getLocale()));
        division.setClearButtonVisible(true);
        save.setId("admin-person-save");
        save.setText(getTranslation("admin.person.add"));
        save.addClickListener(click -> {
            try {
                if (role.getValue() == null) {
                    throw new UserInputException("error.required", new RequiredText.FieldName("admin.person.role"));
                }
                admin.addPerson(organisationId, new NewPerson(id.getValue(), firstName.getValue(), lastName.getValue(),
                        email.getValue(), password.getValue(), role.getValue().apiName(),
                        division.getValue() == null ? null : division.getValue().code(), position.getValue()), user);
                Messages.success("admin.person.added", id.getValue().strip());
                id.clear();
                position.clear();
                password.clear();
                onAdded.run();
            } catch (UserInputException e) {
                Messages.error(e);
            }
        });
        add(id, firstName, lastName, position, email, password, role, division, save);
    }
}
