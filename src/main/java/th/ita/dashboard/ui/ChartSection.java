package th.ita.dashboard.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import th.ita.shared.SvgBarChart;

import java.util.List;

/**
 * A heading, a chart and the same numbers as text: a screen reader, a copy-paste and a browser that shows no
 * SVG all get the figures. The SVG is inserted as markup (Vaadin's {@code Svg}), so the browser parses it in
 * the SVG namespace.
 */
class ChartSection extends Section {

    final Svg chart;

    ChartSection(String id, String heading, SvgBarChart svg, List<String> lines) {
        setId(id);
        setWidthFull();
        chart = new Svg(svg.toSvg());
        // Svg has no HasSize; its width follows the SVG's own width="100%", capped here for wide screens.
        chart.getStyle().set("display", "block").set("width", "100%").set("max-width", "48rem");
        UnorderedList figures = new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
        figures.addClassName("dashboard-figures");
        add(new H3(heading), chart, figures);
    }
}
