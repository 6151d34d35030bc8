package th.ita.audit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import th.ita.audit.AuditCsv;
import th.ita.audit.AuditFilter;
import th.ita.audit.AuditScope;
import th.ita.audit.MeasureHistoryService;
import th.ita.division.Division;

import java.util.List;
import java.util.function.Consumer;

/**
 * Filters, the filtered timeline and its CSV download: the part the measure and the plan audit share. The
 * timeline is a lazy grid (a count and a page at a time, filtered and sorted by the database); the CSV is written
 * to the download as the rows come, from the same filter as the table, so it never differs from it.
 */
class FilteredTimeline extends VerticalLayout {

    final AuditFilterBar filterBar;
    final Timeline timeline;
    final Anchor download;

    FilteredTimeline(AuditFilter filter, List<Division> divisions, AuditScope scope, MeasureHistoryService history,
                     boolean showMeasure, String fileName, Consumer<AuditFilter> onApply) {
        setPadding(false);
        filterBar = new AuditFilterBar(filter, divisions, onApply);
        timeline = new Timeline(showMeasure);
        timeline.setItems(query -> history.page(scope, filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, history.count(scope, filter)));
        download = new Anchor((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType(AuditCsv.CONTENT_TYPE);
            history.writeCsv(scope, filter, event.getOutputStream());
        }, getTranslation("audit.download"));
        download.setId("audit-download");
        add(filterBar, download, timeline);
    }
}
