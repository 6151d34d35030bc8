package th.ita.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import th.ita.plan.PlanImporter;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import java.util.function.Consumer;

/** The coordinator imports a plan file (YAML in the report's structure) as a new draft. */
class PlanImportForm extends Details {

    final Upload upload;

    PlanImportForm(PlanImporter importer, CurrentUser user, Consumer<Long> onImported) {
        setSummaryText(getTranslation("plan.import"));
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> UI.getCurrent().accessSynchronously(() -> {
            try {
                long planId = importer.importPlan(bytes, user.requireOrganisation(), user);
                Messages.success("plan.imported");
                onImported.accept(planId);
            } catch (UserInputException e) {
                Messages.error(e);
            }
        })));
        upload.setId("plan-upload");
        upload.setAcceptedFileTypes(".yaml", ".yml");
        upload.setMaxFileSize(1024 * 1024);
        add(upload);
    }
}
