package th.ita.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import th.ita.audit.MeasureHistoryService;
import th.ita.audit.MeasureSummary;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.ui.ThaiDates;

/** Every measure process of the user's organisation, running or ended; a click opens its audit history. */
@Route("measures")
@Menu(title = "nav.measures", order = 4)
@PermitAll
public class MeasuresView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<MeasureSummary> grid = new Grid<>();

    public MeasuresView(MeasureHistoryService historyService, CurrentUserProvider users) {
        CurrentUser user = users.require();
        setSizeFull();
        grid.setId("measures-grid");
        grid.addColumn(MeasureSummary::measureTitle).setHeader(getTranslation("inbox.column.measure")).setFlexGrow(3);
        grid.addColumn(m -> ThaiDates.dateTime(m.started(), getLocale()))
                .setHeader(getTranslation("measures.column.started")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.ended() == null ? "measures.state.running"
                        : m.done() ? "measures.state.done" : "measures.state.ended"))
                .setHeader(getTranslation("measures.column.state")).setAutoWidth(true);
        grid.setItems(query -> historyService.measures(user, query.getOffset(), query.getLimit()).stream(),
                query -> (int) historyService.countMeasures(user));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeasureHistoryView.class,
                new RouteParameters(MeasureHistoryView.PROCESS_INSTANCE_ID, e.getItem().processInstanceId()))));
        grid.setSizeFull();
        add(new H2(getTranslation("measures.title")), grid);
    }

    /** Vaadin keeps the view when its menu item is clicked again while it is open: that click shows the list as it is now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("measures.title");
    }
}
