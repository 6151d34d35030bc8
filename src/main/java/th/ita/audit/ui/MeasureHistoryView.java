package th.ita.audit.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import th.ita.audit.MeasureHistoryService;

/** The audit history of one measure: who did what, when, with which evidence and comment. */
@Route("measures/:processInstanceId/history")
@PermitAll
public class MeasureHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROCESS_INSTANCE_ID = "processInstanceId";
    private final MeasureHistoryService historyService;

    public MeasureHistoryView(MeasureHistoryService historyService) {
        this.historyService = historyService;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String processInstanceId = event.getRouteParameters().get(PROCESS_INSTANCE_ID).orElse("");
        add(new H2(getTranslation("audit.title")), new Timeline(historyService.timeline(processInstanceId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
