package th.ita.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import th.ita.organisation.NewOrganisation;
import th.ita.organisation.OrganisationService;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import java.util.function.Consumer;

/** The platform administrator onboards an organisation with its divisions, all or nothing. */
class OnboardForm extends Details {

    final TextField nameTh = new TextField();
    final TextField nameEn = new TextField();
    final TextField district = new TextField();
    final TextField province = new TextField();
    final TextField websiteDomain = new TextField();
    final TextArea divisions = new TextArea();
    final Button save = new Button();

    OnboardForm(OrganisationService organisations, CurrentUser user, Consumer<Long> onCreated) {
        setSummaryText(getTranslation("admin.onboard"));
        setOpened(true);
        field(nameTh, "admin-org-name-th", "organisation.field.nameTh");
        field(nameEn, "admin-org-name-en", "organisation.field.nameEn");
        field(district, "admin-org-district", "organisation.field.district");
        field(province, "admin-org-province", "organisation.field.province");
        field(websiteDomain, "admin-org-domain", "organisation.field.websiteDomain");
        divisions.setId("admin-org-divisions");
        divisions.setLabel(getTranslation("admin.onboard.divisions"));
        divisions.setHelperText(getTranslation("admin.onboard.divisionsHelp"));
        divisions.setMinRows(4);
        save.setId("admin-org-save");
        save.setText(getTranslation("admin.onboard.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                long id = organisations.create(new NewOrganisation(nameTh.getValue(), nameEn.getValue(),
                        district.getValue(), province.getValue(), websiteDomain.getValue(),
                        DivisionLines.parse(divisions.getValue())), user);
                Messages.success("admin.onboard.saved", nameTh.getValue().strip());
                clear();
                onCreated.accept(id);
            } catch (UserInputException e) {
                Messages.error(e);
            }
        });
        FormLayout form = new FormLayout(nameTh, nameEn, district, province, websiteDomain, divisions, save);
        form.setColspan(divisions, 2);
        add(form);
    }

    private void field(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
    }

    private void clear() {
        nameTh.clear();
        nameEn.clear();
        district.clear();
        province.clear();
        websiteDomain.clear();
        divisions.clear();
    }
}
