package th.ita.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import th.ita.admin.OrganisationAdmin;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationEmblems;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;
import th.ita.ui.UploadTexts;
import th.ita.ui.SizeLimitedUploadHandler;

import java.util.Base64;
import java.util.Optional;

/**
 * The organisation's emblem for the cover of its year-end report: the one on file, an upload to replace it and a
 * button to remove it. The service checks the file by its bytes; the upload's accepted types only help the browser.
 */
class EmblemForm extends VerticalLayout {

    final Upload upload;
    final Image preview = new Image();
    final Paragraph none = new Paragraph();
    final Button remove = new Button();

    EmblemForm(OrganisationAdmin admin, Organisation organisation, CurrentUser user, Runnable onChanged) {
        setPadding(false);
        setSpacing(false);
        long id = organisation.id();
        preview.setId("admin-emblem-preview");
        preview.setHeight("6rem");
        preview.setAlt(getTranslation("admin.emblem.alt", organisation.nameTh()));
        none.setText(getTranslation("admin.emblem.none"));
        Optional<OrganisationEmblems.Emblem> emblem = admin.emblem(id, user);
        emblem.ifPresent(e -> preview.setSrc("data:" + e.contentType() + ";base64,"
                + Base64.getEncoder().encodeToString(e.content())));
        preview.setVisible(emblem.isPresent());
        none.setVisible(emblem.isEmpty());

        upload = new Upload(new SizeLimitedUploadHandler(OrganisationEmblems.MAX_BYTES, (fileName, bytes) -> {
            try {
                admin.putEmblem(id, bytes, user);
                Messages.success("admin.emblem.saved");
                onChanged.run();
            } catch (UserInputException e) {
                Messages.error(e);
            }
        }, fileName -> Messages.error(new UserInputException("emblem.error.tooLarge", String.valueOf(OrganisationEmblems.MAX_BYTES / (1024 * 1024))))));
        upload.setId("admin-emblem-upload");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(OrganisationEmblems.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this, OrganisationEmblems.MAX_BYTES / (1024 * 1024)));

        remove.setText(getTranslation("admin.emblem.remove"));
        remove.setId("admin-emblem-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setVisible(emblem.isPresent());
        remove.addClickListener(click -> {
            admin.removeEmblem(id, user);
            Messages.success("admin.emblem.removed");
            onChanged.run();
        });
        add(new H3(getTranslation("admin.emblem")), new Paragraph(getTranslation("admin.emblem.hint")),
                new HorizontalLayout(preview, none, remove), upload);
    }
}
