package th.ita.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import th.ita.plan.PlanImporter;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import java.util.function.Consumer;

/**
 * The coordinator imports a plan file (YAML in the report's structure) as a new draft, or, ticked, a past year's plan
 * as history with each measure's outcome (no process, nothing to approve).
 */
class PlanImportForm extends Details {

    final Upload upload;
    final Checkbox history = new Checkbox();

    PlanImportForm(PlanImporter importer, CurrentUser user, Consumer<Long> onImported) {
        setSummaryText(getTranslation("plan.import"));
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> UI.getCurrent().accessSynchronously(() -> {
            try {
                boolean asHistory = history.getValue();
                long planId = importer.importPlan(bytes, user.requireOrganisation(),
                        asHistory ? PlanImporter.Options.HISTORY : PlanImporter.Options.DRAFT, user);
                Messages.success(asHistory ? "plan.importedHistory" : "plan.imported");
                onImported.accept(planId);
            } catch (UserInputException e) {
                Messages.error(e);
            }
        })));
        upload.setId("plan-upload");
        upload.setAcceptedFileTypes(".yaml", ".yml");
        upload.setMaxFileSize(1024 * 1024);
        history.setId("plan-upload-history");
        history.setLabel(getTranslation("plan.import.history"));
        add(history, upload);
    }
}
