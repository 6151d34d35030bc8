package th.ita.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import th.ita.assessment.Assessment;
import th.ita.assessment.AssessmentImportException;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.AssessmentWarning;
import th.ita.assessment.ImportProblem;
import th.ita.assessment.SavedAssessment;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationService;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import java.util.Optional;

/**
 * The coordinator's import of a result file. Problems stay on screen as a list (row, field, what is wrong)
 * instead of a notification that vanishes before a long list is read.
 */
class ResultImportForm extends VerticalLayout {

    final Select<Organisation> organisation;
    final TextField fiscalYear = new TextField();
    final Upload upload;
    final UnorderedList problems = new UnorderedList();

    ResultImportForm(AssessmentService service, OrganisationService organisations, CurrentUser user,
                     Runnable onImported, Optional<Assessment> latest) {
        setPadding(false);
        organisation = new OrganisationSelect(organisations, user);
        organisation.setId("import-organisation");
        fiscalYear.setId("import-fiscal-year");
        fiscalYear.setLabel(getTranslation("assessment.import.fiscalYear"));
        latest.ifPresent(a -> fiscalYear.setValue(a.fiscalYear().toString()));
        problems.setId("import-problems");

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> UI.getCurrent().accessSynchronously(() -> {
            problems.removeAll();
            try {
                long organisationId = organisation.getOptionalValue().map(Organisation::id).orElseThrow(() ->
                        new UserInputException("error.required", new RequiredText.FieldName("assessment.import.organisation")));
                FiscalYear year = FiscalYear.parse(fiscalYear.getValue(), "assessment.field.fiscalYear");
                SavedAssessment saved = service.importFile(organisationId, year, metadata.fileName(), bytes, user);
                Messages.success("assessment.import.done", year.toString());
                saved.warnings().forEach(this::warn);
                onImported.run();
            } catch (AssessmentImportException e) {
                Messages.error(e);
                showProblems(e);
            } catch (UserInputException e) {
                Messages.error(e);
                problems.add(new ListItem(Messages.text(e)));
            }
        })));
        upload.setId("assessment-upload");
        upload.setMaxFiles(1);
        add(new H3(getTranslation("assessment.import.title")), new Paragraph(getTranslation("assessment.import.hint")),
                new Div(organisation, fiscalYear), upload, problems);
    }

    private void showProblems(AssessmentImportException e) {
        for (ImportProblem problem : e.problems()) {
            String what = Messages.text(problem.messageKey(), problem.argumentArray());
            problems.add(new ListItem(getTranslation("assessment.import.problemRow", String.valueOf(problem.row()),
                    getTranslation(problem.fieldKey()), what)));
        }
        if (e.notShown() > 0) {
            problems.add(new ListItem(getTranslation("assessment.import.moreProblems", String.valueOf(e.notShown()))));
        }
    }

    private void warn(AssessmentWarning warning) {
        Notification notification = Notification.show(getTranslation(warning.messageKey(), warning.argumentArray()),
                8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
