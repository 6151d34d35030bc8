package th.ita.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import th.ita.audit.TimelineEntry;
import th.ita.ui.ThaiDates;

import java.util.List;

/** A measure's history as a table: when (Buddhist Era), who, what, on which step, and the detail. */
public class Timeline extends Grid<TimelineEntry> {

    public Timeline(List<TimelineEntry> entries) {
        this(entries, false);
    }

    /** With the measure column when the entries come from several measures (a plan's audit). */
    public Timeline(List<TimelineEntry> entries, boolean showMeasure) {
        this(showMeasure);
        setItems(entries);
        setAllRowsVisible(true);
    }

    /**
     * Without items: the audit pages give it a lazy data provider, and a fixed height, so it asks for the rows in
     * sight only (all rows visible would fetch every row of a plan's history).
     */
    Timeline(boolean showMeasure) {
        setId("timeline");
        setHeight("36rem");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(e -> ThaiDates.dateTime(e.time(), getLocale())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(TimelineEntry::personLabel).setHeader(getTranslation("audit.column.user"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> getTranslation(e.kind().messageKey())).setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true).setFlexGrow(0);
        if (showMeasure) {
            addColumn(e -> e.measure() == null ? "" : e.measure()).setHeader(getTranslation("audit.column.measure"))
                    .setFlexGrow(1);
        }
        addColumn(e -> e.taskName() == null ? "" : e.taskName()).setHeader(getTranslation("audit.column.task"))
                .setAutoWidth(true);
        addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.column.detail"))
                .setFlexGrow(2);
    }
}
