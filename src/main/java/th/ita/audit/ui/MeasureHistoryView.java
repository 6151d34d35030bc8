package th.ita.audit.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import th.ita.audit.AuditCsv;
import th.ita.audit.AuditFilter;
import th.ita.audit.MeasureHistoryService;
import th.ita.division.DivisionService;

/**
 * The audit history of one measure: who did what, when, with which evidence and comment. The filter lives
 * in the URL's query parameters, so a filtered history can be bookmarked.
 */
@Route("measures/:processInstanceId/history")
@PermitAll
public class MeasureHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROCESS_INSTANCE_ID = "processInstanceId";
    private final MeasureHistoryService historyService;
    private final DivisionService divisionService;
    private final AuditCsv csv;
    FilteredTimeline content;

    public MeasureHistoryView(MeasureHistoryService historyService, DivisionService divisionService, AuditCsv csv) {
        this.historyService = historyService;
        this.divisionService = divisionService;
        this.csv = csv;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String processInstanceId = event.getRouteParameters().get(PROCESS_INSTANCE_ID).orElse("");
        AuditFilter filter = AuditQuery.parse(event.getLocation().getQueryParameters());
        content = new FilteredTimeline(filter, divisionService.all(), f -> historyService.timeline(processInstanceId, f),
                false, csv, "audit-measure-" + processInstanceId + ".csv",
                f -> getUI().ifPresent(ui -> ui.navigate(MeasureHistoryView.class,
                        new RouteParameters(PROCESS_INSTANCE_ID, processInstanceId), AuditQuery.of(f))));
        add(new H2(getTranslation("audit.title")), content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
