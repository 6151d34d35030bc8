package th.ita.evidence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import th.ita.evidence.Evidence;
import th.ita.evidence.EvidenceService;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The evidence of a measure, looked at in place: PDFs in a frame and images inline, so a reviewer need not
 * download ten files to decide. Every file also gets a download link under its original name, because some
 * mobile browsers show only the first page of a framed PDF, and other office files cannot be previewed at all.
 */
public class EvidencePreview extends VerticalLayout {

    public EvidencePreview(EvidenceService evidenceService, String processInstanceId) {
        setPadding(false);
        setId("evidence-preview");
        List<Evidence> evidence = evidenceService.forProcessInstance(processInstanceId);
        if (evidence.isEmpty()) {
            add(new Paragraph(getTranslation("evidence.none")));
        }
        evidence.forEach(item -> add(item(evidenceService, item)));
    }

    private Component item(EvidenceService evidenceService, Evidence item) {
        Div box = new Div();
        box.setWidthFull();
        box.addClassName("evidence-preview-item");
        box.add(new Anchor(handler(evidenceService, item), AttachmentType.DOWNLOAD, item.fileName()));
        if ("application/pdf".equals(item.contentType())) {
            IFrame frame = new IFrame(handler(evidenceService, item).inline());
            frame.getElement().setAttribute("title", getTranslation("evidence.preview", item.fileName()));
            frame.setWidthFull();
            frame.setHeight("24rem");
            frame.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
            box.add(frame);
        } else if (item.contentType() != null && item.contentType().startsWith("image/")) {
            Image image = new Image(handler(evidenceService, item).inline(), item.fileName());
            image.setMaxWidth("100%");
            box.add(image);
        }
        return box;
    }

    /** Bytes are read only when the browser asks for them, not when the panel opens. */
    private static InputStreamDownloadHandler handler(EvidenceService evidenceService, Evidence item) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] content = evidenceService.content(item.id());
            return new DownloadResponse(new ByteArrayInputStream(content), item.fileName(), item.contentType(),
                    content.length);
        });
    }
}
