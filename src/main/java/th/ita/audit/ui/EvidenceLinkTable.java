package th.ita.audit.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import th.ita.oit.LinkState;
import th.ita.ui.ThaiDates;

import java.util.List;

/**
 * The measure's link evidence with what the live checker last found: a page that no longer answers, left the main
 * website or changed after approval is marked in the theme's error colour, with since when, so whoever reads the
 * history knows the evidence approved is not what the website shows now.
 */
class EvidenceLinkTable extends Composite<Div> {

    final Grid<LinkState> grid = new Grid<>();

    EvidenceLinkTable(List<LinkState> links) {
        grid.setId("evidence-links");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(link -> {
            Anchor anchor = new Anchor(link.url(), link.url());
            anchor.setTarget("_blank");
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            anchor.getStyle().set("word-break", "break-all");
            return anchor;
        }).setHeader(getTranslation("evidenceLinks.column.url")).setFlexGrow(3).setKey("url");
        grid.addComponentColumn(this::state).setHeader(getTranslation("evidenceLinks.column.state")).setFlexGrow(2)
                .setKey("state");
        grid.addColumn(link -> link.isProblem() && link.flaggedAt() != null
                        ? ThaiDates.date(link.flaggedAt(), getLocale()) : "")
                .setHeader(getTranslation("evidenceLinks.column.since")).setKey("since");
        grid.addColumn(link -> link.check() == null ? ""
                        : ThaiDates.dateTime(link.check().at(), getLocale()))
                .setHeader(getTranslation("evidenceLinks.column.checkedAt")).setKey("checkedAt");
        grid.setItems(links);
        getContent().add(new H3(getTranslation("evidenceLinks.title")), grid);
        getContent().setId("evidence-link-checks");
        getContent().setWidthFull();
        setVisible(!links.isEmpty());
    }

    /** "Not yet checked", "answers", or the problem in words, flagged in the error colour. */
    private Span state(LinkState link) {
        if (link.check() == null) {
            Span pending = new Span(getTranslation("evidenceLinks.notChecked"));
            pending.getElement().getThemeList().add("badge contrast");
            return pending;
        }
        Span state = new Span(getTranslation(link.check().messageKey(), link.check().messageArguments()));
        state.getElement().getThemeList().add(link.isProblem() ? "badge error" : "badge success");
        state.addClassName(link.isProblem() ? "link-flagged" : "link-alive");
        return state;
    }
}
