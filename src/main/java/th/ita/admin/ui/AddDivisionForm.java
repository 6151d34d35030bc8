package th.ita.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import th.ita.admin.OrganisationAdmin;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

/** Adds a division to the organisation (its groups come with it). */
class AddDivisionForm extends HorizontalLayout {

    final TextField code = new TextField();
    final TextField nameTh = new TextField();
    final TextField nameEn = new TextField();
    final Button save = new Button();

    AddDivisionForm(OrganisationAdmin admin, long organisationId, CurrentUser user, Runnable onAdded) {
        code.setId("admin-division-code");
        code.setLabel(getTranslation("division.field.code"));
        nameTh.setId("admin-division-name-th");
        nameTh.setLabel(getTranslation("division.field.nameTh"));
        nameEn.setId("admin-division-name-en");
        nameEn.setLabel(getTranslation("division.field.nameEn"));
        save.setId("admin-division-save");
        save.setText(getTranslation("admin.division.add"));
        save.addClickListener(click -> {
            try {
                admin.addDivision(organisationId, code.getValue(), nameTh.getValue(), nameEn.getValue(), user);
                Messages.success("admin.division.added", code.getValue().strip());
                code.clear();
                nameTh.clear();
                nameEn.clear();
                onAdded.run();
            } catch (UserInputException e) {
                Messages.error(e);
            }
        });
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(code, nameTh, nameEn, save);
    }
}
