package th.ita.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import th.ita.admin.Member;
import th.ita.admin.OrganisationAdmin;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

/** The organisation's administrator corrects a person's name, position and e-mail (the person cannot change their own). */
class EditPersonDialog extends Dialog {

    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final TextField position = new TextField();
    final EmailField email = new EmailField();
    final Button save = new Button();

    EditPersonDialog(OrganisationAdmin admin, long organisationId, Member member, CurrentUser user, Runnable onSaved) {
        setId("admin-person-edit-dialog");
        setHeaderTitle(getTranslation("admin.person.editTitle", member.id()));
        firstName.setId("admin-edit-first-name");
        firstName.setLabel(getTranslation("person.field.firstName"));
        firstName.setValue(member.firstName() == null ? "" : member.firstName());
        lastName.setId("admin-edit-last-name");
        lastName.setLabel(getTranslation("person.field.lastName"));
        lastName.setValue(member.lastName() == null ? "" : member.lastName());
        position.setId("admin-edit-position");
        position.setLabel(getTranslation("person.field.position"));
        position.setValue(member.position() == null ? "" : member.position());
        email.setId("admin-edit-email");
        email.setLabel(getTranslation("person.field.email"));
        email.setValue(member.email() == null ? "" : member.email());
        save.setId("admin-edit-save");
        save.setText(getTranslation("admin.person.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                admin.updateProfile(organisationId, member.id(), firstName.getValue(), lastName.getValue(),
                        email.getValue(), position.getValue(), user);
                Messages.success("admin.person.saved", member.id());
                close();
                onSaved.run();
            } catch (UserInputException e) {
                Messages.error(e);
            }
        });
        add(new FormLayout(firstName, lastName, position, email));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
