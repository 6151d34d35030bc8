package th.ita.dashboard.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import th.ita.shared.SvgBarChart;

import java.util.List;

/**
 * A heading, a chart and the same numbers as text: a screen reader, a copy-paste and a browser that shows no
 * SVG all get the figures. The SVG is inserted as markup (Vaadin's {@code Svg}), so the browser parses it in
 * the SVG namespace. On a phone the chart is drawn for its width ({@link SvgBarChart#toNarrowSvg()}) and the
 * figures are folded away under their summary: shown both, each chart took a screen twice (the page was 5,236 px).
 */
class ChartSection extends Section {

    final Svg chart;
    final NativeDetails figures;
    private final SvgBarChart svg;

    ChartSection(String id, String heading, SvgBarChart svg, List<String> lines, String figuresSummary) {
        this.svg = svg;
        setId(id);
        setWidthFull();
        chart = new Svg(svg.toSvg());
        // Svg has no HasSize; its width follows the SVG's own width="100%", capped here for wide screens.
        chart.getStyle().set("display", "block").set("width", "100%").set("max-width", "48rem");
        UnorderedList list = new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.addClassName("dashboard-figures");
        figures = new NativeDetails(figuresSummary, list);
        figures.addClassName("dashboard-figures-details");
        figures.setOpen(true);
        add(new H3(heading), chart, figures);
    }

    /** The chart drawn for a phone or for a wider screen; the figures folded on a phone, open elsewhere. */
    void narrow(boolean narrow) {
        chart.setSvg(narrow ? svg.toNarrowSvg() : svg.toSvg());
        figures.setOpen(!narrow);
    }
}
