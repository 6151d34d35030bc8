package th.ita.assessment.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import th.ita.assessment.Assessment;
import th.ita.assessment.IndicatorCode;
import th.ita.assessment.Score;
import th.ita.shared.SvgBarChart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each indicator's score across every year on record, with the pass mark: a year never stands alone (FY 2565's
 * results led to FY 2566's plan, whose outcome shows in FY 2566's results). A table (one column per year, failing
 * scores in the error colour) and the same figures as an SVG chart (server-side, like the dashboard's).
 */
class IndicatorTrend extends VerticalLayout {

    /** One row of the table: an indicator (or the overall score) and its score per year, oldest first. */
    record Row(String code, String name, List<Cell> cells) {
    }

    /** A year's score: null when unknown; {@code failing} against that year's pass mark; or a year's rating, as text. */
    record Cell(Score score, boolean failing, String text) {

        Cell(Score score, boolean failing) {
            this(score, failing, null);
        }
    }

    final Grid<Row> grid = new Grid<>();
    final Svg chart;

    IndicatorTrend(List<Assessment> years) {
        setPadding(false);
        setId("assessment-trend");
        Assessment latest = years.get(years.size() - 1);
        List<Row> rows = rows(years);

        grid.setId("assessment-trend-table");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Row::code).setHeader(getTranslation("assessment.column.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::name).setHeader(getTranslation("assessment.column.name")).setFlexGrow(3);
        for (int i = 0; i < years.size(); i++) {
            int year = i;
            grid.addComponentColumn(row -> cell(row.cells().get(year)))
                    .setKey("year-" + years.get(i).fiscalYear()).setHeader(years.get(i).fiscalYear().toString())
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(rows);

        String passMark = latest.passMark().toString();
        SvgBarChart svg = new SvgBarChart(getTranslation("assessment.trend.chart", passMark), 100)
                .referenceLine(latest.passMark().value().doubleValue(), getTranslation("assessment.trend.passMark", passMark));
        for (Row row : rows.stream().filter(r -> r.cells().stream().allMatch(c -> c.text() == null)).toList()) {
            for (int i = 0; i < years.size(); i++) {
                Score score = row.cells().get(i).score();
                String year = years.get(i).fiscalYear().toString();
                svg.bar(row.code().isEmpty() ? getTranslation("assessment.trend.barOverall", year)
                                : getTranslation("assessment.trend.bar", row.code(), year),
                        score == null ? null : score.value().doubleValue(),
                        score == null ? getTranslation("assessment.unknownScore") : score.toString());
            }
        }
        chart = new Svg(svg.toSvg());
        chart.setId("assessment-trend-chart");
        chart.getStyle().set("display", "block").set("width", "100%").set("max-width", "48rem");

        add(new H3(getTranslation("assessment.trend.title")),
                new Span(getTranslation("assessment.passMark", passMark)), grid, chart);
    }

    private List<Row> rows(List<Assessment> years) {
        Map<IndicatorCode, String> names = new LinkedHashMap<>();
        years.forEach(a -> a.indicators().forEach(r -> names.putIfAbsent(r.code(), r.indicator().name(getLocale()))));
        List<Row> rows = new ArrayList<>();
        names.forEach((code, name) -> rows.add(new Row(String.valueOf(code.value()), name, years.stream()
                .map(a -> a.indicators().stream().filter(r -> r.code().equals(code)).findFirst()
                        .map(r -> new Cell(r.score(), r.failing())).orElse(new Cell(null, false)))
                .toList())));
        Map<String, String> instruments = new LinkedHashMap<>();
        years.forEach(a -> a.instrumentScores().forEach(s -> instruments.putIfAbsent(s.code(), s.instrument().name(getLocale()))));
        instruments.forEach((code, name) -> rows.add(new Row(code, name, years.stream()
                .map(a -> a.instrumentScore(code).map(s -> new Cell(s.score(), s.score().isBelow(a.passMark())))
                        .orElse(new Cell(null, false)))
                .toList())));
        rows.add(new Row("", getTranslation("assessment.overallScore"), years.stream()
                .map(a -> new Cell(a.overallScore(), a.overallScore() != null && a.overallScore().isBelow(a.passMark())))
                .toList()));
        // Each year by its own rule: AA…F up to one year, ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน after.
        rows.add(new Row("", getTranslation("assessment.grade"), years.stream()
                .map(a -> new Cell(null, false, a.rating() == null ? getTranslation("assessment.notPublished")
                        : a.rating().name(getLocale())))
                .toList()));
        return rows;
    }

    private Span cell(Cell cell) {
        if (cell.text() != null) {
            return new Span(cell.text());
        }
        Span span = new Span(cell.score() == null ? getTranslation("assessment.unknownScore") : cell.score().toString());
        if (cell.failing()) {
            span.addClassName(AssessmentView.FAILING_CLASS);
            span.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
        } else if (cell.score() == null) {
            span.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        return span;
    }
}
