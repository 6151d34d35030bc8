package th.ita.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import th.ita.evidence.EvidenceFile;
import th.ita.evidence.EvidenceService;
import th.ita.shared.UserInputException;
import th.ita.ui.UploadTexts;
import th.ita.ui.SizeLimitedUploadHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The officer's step: a report of what was done and the evidence files. Files wait here until the user
 * submits, so a rejected submission loses nothing the user typed or uploaded.
 */
public class WorkSubmissionForm extends VerticalLayout {

    final TextArea comment = new TextArea();
    final Upload upload;
    final Button submit = new Button();
    final TextField link = new TextField();
    final Button addLink = new Button();
    private final List<EvidenceFile> pending = new ArrayList<>();
    private final List<String> pendingLinks = new ArrayList<>();
    private final UnorderedList pendingList = new UnorderedList();

    /** What the officer submits: the report, the files and the links. */
    public interface Submission {
        void submit(String comment, List<EvidenceFile> files, List<String> links);
    }

    public WorkSubmissionForm(EvidenceService evidenceService, String processInstanceId, Submission onSubmit) {
        setPadding(false);
        comment.setLabel(getTranslation("work.field.comment"));
        comment.setRequired(true);
        comment.setMaxLength(4000);
        comment.setWidthFull();
        comment.setMinHeight("8em");
        comment.setId("work-comment");

        upload = new Upload(new SizeLimitedUploadHandler(evidenceService.maxFileSizeBytes(), (fileName, bytes) -> {
            EvidenceFile file = new EvidenceFile(fileName, bytes);
            try {
                evidenceService.checkAcceptable(file);
                pending.add(file);
                pendingList.add(new ListItem(file.fileName()));
            } catch (UserInputException e) {
                th.ita.ui.Messages.error(e);
            }
        }, fileName -> th.ita.ui.Messages.error(new UserInputException("evidence.error.tooLarge", fileName,
                evidenceService.maxFileSizeBytes() / (1024 * 1024)))));
        upload.setId("evidence-upload");
        pendingList.setId("pending-evidence");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, evidenceService.maxFileSizeBytes()));
        upload.setI18n(UploadTexts.of(this, evidenceService.maxFileSizeBytes() / (1024 * 1024)));
        upload.addFileRejectedListener(event -> {
            Notification n = Notification.show(event.getErrorMessage(), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });

        submit.setText(getTranslation("work.submit"));
        submit.setId("submit-work");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> onSubmit.submit(comment.getValue(), List.copyOf(pending), List.copyOf(pendingLinks)));

        Optional<String> domain = evidenceService.websiteDomain(processInstanceId);
        link.setId("evidence-link");
        link.setLabel(getTranslation("work.field.link"));
        link.setPlaceholder("https://");
        link.setWidthFull();
        link.setHelperText(domain.map(d -> getTranslation("work.linkDomain", d)).orElse(getTranslation("work.linkUnchecked")));
        addLink.setId("add-link");
        addLink.setText(getTranslation("work.addLink"));
        addLink.addClickListener(click -> {
            try {
                String checked = evidenceService.checkLink(link.getValue(), domain).toString();
                pendingLinks.add(checked);
                pendingList.add(new ListItem(checked));
                link.clear();
                link.setInvalid(false);
            } catch (UserInputException e) {
                link.setErrorMessage(th.ita.ui.Messages.text(e));
                link.setInvalid(true);
            }
        });
        HorizontalLayout linkRow = new HorizontalLayout(link, addLink);
        linkRow.setWidthFull();
        linkRow.setAlignItems(Alignment.BASELINE);

        add(comment, new com.vaadin.flow.component.html.Span(getTranslation("work.field.evidence")), upload,
                linkRow, pendingList, submit);
    }

    /** The files uploaded and accepted so far, waiting for the submit. */
    List<EvidenceFile> pendingFiles() {
        return List.copyOf(pending);
    }

}
