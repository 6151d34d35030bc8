package th.ita.audit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import th.ita.audit.AuditCsv;
import th.ita.audit.AuditFilter;
import th.ita.audit.TimelineEntry;
import th.ita.division.Division;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Filters, the filtered timeline and its CSV download: the part the measure and the plan audit share.
 * The CSV is made when the link is clicked, from the same filter as the table, so it never differs from it.
 */
class FilteredTimeline extends VerticalLayout {

    final AuditFilterBar filterBar;
    final Timeline timeline;
    final Anchor download;

    FilteredTimeline(AuditFilter filter, List<Division> divisions, Function<AuditFilter, List<TimelineEntry>> source,
                     boolean showMeasure, AuditCsv csv, String fileName, Consumer<AuditFilter> onApply) {
        setPadding(false);
        filterBar = new AuditFilterBar(filter, divisions, onApply);
        timeline = new Timeline(source.apply(filter), showMeasure);
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.bytes(source.apply(filter));
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, AuditCsv.CONTENT_TYPE, bytes.length);
        }), getTranslation("audit.download"));
        download.setId("audit-download");
        add(filterBar, download, timeline);
    }
}
