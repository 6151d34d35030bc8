package th.ita.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import th.ita.organisation.ProvinceReadLog;
import th.ita.ui.ThaiDates;

import java.util.List;

/** The latest reads of province auditors, newest first, for the platform's administrators. */
class ReadLogGrid extends Grid<ProvinceReadLog.Entry> {

    ReadLogGrid(List<ProvinceReadLog.Entry> entries) {
        setId("admin-read-log");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(e -> ThaiDates.dateTime(e.readAt(), getLocale()))
                .setKey("readAt").setHeader(getTranslation("admin.readLog.readAt")).setAutoWidth(true);
        addColumn(ProvinceReadLog.Entry::userId).setKey("user").setHeader(getTranslation("admin.readLog.user"))
                .setAutoWidth(true);
        addColumn(e -> e.organisationId() == null ? getTranslation("admin.readLog.wholeProvince")
                        : e.organisationName() == null ? String.valueOf(e.organisationId()) : e.organisationName())
                .setKey("organisation").setHeader(getTranslation("admin.readLog.organisation")).setFlexGrow(2);
        addColumn(ProvinceReadLog.Entry::what).setKey("what").setHeader(getTranslation("admin.readLog.what"))
                .setFlexGrow(2);
        setItems(entries);
    }
}
