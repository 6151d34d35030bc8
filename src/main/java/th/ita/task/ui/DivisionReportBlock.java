package th.ita.task.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import th.ita.measure.DivisionReports.DivisionReport;

/**
 * A division's report as the reviewer reads it: titled "รายงานผลการดำเนินงานของกองคลัง", the officer's text with its
 * line breaks, and the submission it came with. Not only a comment in the history: it is what the reviewer decides on.
 */
class DivisionReportBlock extends Div {

    static final String CLASS = "division-report";

    final H5 title;
    final Paragraph text;

    DivisionReportBlock(String divisionName, DivisionReport report) {
        addClassName(CLASS);
        setId("report-" + report.division());
        title = new H5(getTranslation("task.report.title", divisionName));
        Span round = new Span(getTranslation("evidence.round", report.round()));
        round.getElement().getThemeList().add("badge contrast small");
        round.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        title.add(round);
        text = new Paragraph(report.text());
        text.getStyle().set("white-space", "pre-line").set("margin-block-start", "var(--lumo-space-xs)");
        getStyle().set("border-inline-start", "3px solid var(--lumo-contrast-20pct)")
                .set("padding-inline-start", "var(--lumo-space-m)").set("margin-block-end", "var(--lumo-space-s)");
        add(title, text);
    }
}
