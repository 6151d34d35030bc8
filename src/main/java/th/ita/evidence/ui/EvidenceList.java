package th.ita.evidence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import th.ita.evidence.Evidence;
import th.ita.evidence.EvidenceService;

import java.io.ByteArrayInputStream;
import java.util.List;

/** The evidence of a measure, each file downloadable under its original name. */
public class EvidenceList extends VerticalLayout {

    public EvidenceList(EvidenceService evidenceService, String processInstanceId) {
        setPadding(false);
        setId("evidence-list");
        List<Evidence> evidence = evidenceService.forProcessInstance(processInstanceId);
        if (evidence.isEmpty()) {
            add(new Paragraph(getTranslation("evidence.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Evidence item : evidence) {
            if (item.isLink()) {
                Anchor link = new Anchor(item.url(), item.url());
                link.setTarget("_blank");
                list.add(new ListItem(link, new Span(" · " + item.uploadedBy())));
                continue;
            }
            DownloadHandler download = DownloadHandler.fromInputStream(event -> {
                byte[] content = evidenceService.content(item.id());
                return new DownloadResponse(new ByteArrayInputStream(content), item.fileName(), item.contentType(),
                        content.length);
            });
            Anchor link = new Anchor(download, item.fileName());
            Span details = new Span(" · " + item.uploadedBy() + " · SHA-256 " + item.sha256().substring(0, 12) + "…");
            details.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            list.add(new ListItem(link, details));
        }
        add(list);
    }
}
