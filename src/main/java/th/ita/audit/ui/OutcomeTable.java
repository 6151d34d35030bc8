package th.ita.audit.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import th.ita.division.Division;
import th.ita.measure.PartOutcome;
import th.ita.ui.ThaiDates;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Each division's part of a measure: its outcome, how far it got, whether it ran late, who decided and when. */
class OutcomeTable extends Composite<Grid<PartOutcome>> {

    /** {@code people}: who decided each part, "ชื่อ นามสกุล (ตำแหน่ง)" by account id. */
    OutcomeTable(List<PartOutcome> outcomes, List<Division> divisions, Map<String, String> people) {
        Map<String, Division> byCode = divisions.stream().collect(Collectors.toMap(Division::code, Function.identity()));
        Grid<PartOutcome> grid = getContent();
        grid.setId("outcome-table");
        grid.setAllRowsVisible(true);
        grid.addColumn(o -> byCode.containsKey(o.divisionCode()) ? byCode.get(o.divisionCode()).name(getLocale())
                : o.divisionCode()).setHeader(getTranslation("outcome.division"));
        grid.addColumn(o -> getTranslation("outcome." + o.outcome().name())).setHeader(getTranslation("outcome.outcome"));
        grid.addColumn(o -> getTranslation("outcome.progress." + o.progress().name())).setHeader(getTranslation("outcome.progress"));
        grid.addColumn(o -> o.isOverdue() ? getTranslation("outcome.overdueSince",
                ThaiDates.date(o.overdueSince(), getLocale())) : "")
                .setHeader(getTranslation("outcome.overdue"));
        grid.addColumn(o -> o.decidedBy() == null ? "" : people.getOrDefault(o.decidedBy(), o.decidedBy())).setHeader(getTranslation("outcome.decidedBy"));
        grid.addColumn(o -> o.decidedAt() == null ? "" : ThaiDates.dateTime(o.decidedAt(), getLocale()))
                .setHeader(getTranslation("outcome.decidedAt"));
        grid.addColumn(o -> o.reason() == null ? "" : o.reason()).setHeader(getTranslation("outcome.reason"));
        grid.setItems(outcomes);
        setVisible(!outcomes.isEmpty());
    }
}
