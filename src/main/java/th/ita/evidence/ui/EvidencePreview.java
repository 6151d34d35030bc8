package th.ita.evidence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import th.ita.evidence.Evidence;
import th.ita.evidence.EvidenceContent;
import th.ita.evidence.EvidenceService;

import th.ita.security.CurrentUser;

import java.util.List;

/**
 * The evidence of a measure, looked at in place: PDFs in a frame and raster images inline (never SVG or HTML),
 * so a reviewer need not download ten files to decide. Every file also gets a download link under its original name, because some
 * mobile browsers show only the first page of a framed PDF, and other office files cannot be previewed at all.
 */
public class EvidencePreview extends VerticalLayout {

    /** The evidence the user may see: another organisation's measure shows none, as one without evidence. */
    public EvidencePreview(EvidenceService evidenceService, String processInstanceId, CurrentUser user) {
        setPadding(false);
        setId("evidence-preview");
        List<Evidence> evidence = evidenceService.forProcessInstance(processInstanceId, user);
        if (evidence.isEmpty()) {
            add(new Paragraph(getTranslation("evidence.none")));
        }
        evidence.forEach(item -> add(item(evidenceService, item)));
    }

    private Component item(EvidenceService evidenceService, Evidence item) {
        Div box = new Div();
        box.setWidthFull();
        box.addClassName("evidence-preview-item");
        if (item.isLink()) {
            Anchor link = new Anchor(item.url(), item.url());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            box.add(link);
            return box;
        }
        box.add(new Anchor(EvidenceDownload.attachment(evidenceService, item.id()), AttachmentType.DOWNLOAD,
                item.fileName()));
        // The type stored at upload was found in the bytes; the handler checks the bytes again when it serves.
        if (!EvidenceContent.mayShowInline(item.contentType())) {
            return box;
        }
        if ("application/pdf".equals(item.contentType())) {
            IFrame frame = new IFrame(EvidenceDownload.inline(evidenceService, item.id()));
            frame.getElement().setAttribute("title", getTranslation("evidence.preview", item.fileName()));
            frame.setWidthFull();
            frame.setHeight("24rem");
            frame.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
            box.add(frame);
        } else {
            Image image = new Image(EvidenceDownload.inline(evidenceService, item.id()), item.fileName());
            image.setMaxWidth("100%");
            box.add(image);
        }
        return box;
    }
}
