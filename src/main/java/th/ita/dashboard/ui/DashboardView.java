package th.ita.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import th.ita.assessment.Assessment;
import th.ita.assessment.IndicatorResult;
import th.ita.dashboard.Dashboard;
import th.ita.dashboard.DashboardService;
import th.ita.dashboard.OverdueTask;
import th.ita.dashboard.Progress;
import th.ita.division.Division;
import th.ita.oit.FlaggedLink;
import th.ita.plan.PlanSummary;
import th.ita.plan.ui.PlanParameter;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.shared.SvgBarChart;
import th.ita.ui.ThaiDates;
import th.ita.ui.WindowWidth;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the plan stands, for everyone: the organisation's website links the live checker found failing (when there
 * are any), progress overall, by indicator and by division, overdue work and the scores.
 */
@Route("dashboard")
@Menu(title = "nav.dashboard", order = 0)
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final DashboardService dashboards;
    private final CurrentUser user;
    private Map<String, Division> divisions = Map.of();
    private long shownOrganisation;
    final ComboBox<PlanSummary> planSelect = new ComboBox<>();
    final VerticalLayout content = new VerticalLayout();
    final Grid<OverdueTask> overdue = new Grid<>();
    final Grid<FlaggedLink> flaggedLinks = new Grid<>();

    private final List<PlanSummary> plans;
    /** Below this window width the charts are drawn for a phone and their figures folded (as the inbox's cards). */
    static final int NARROW_PX = WindowWidth.NARROW_PX;
    private boolean narrow;
    private final List<ChartSection> charts = new ArrayList<>();

    public DashboardView(DashboardService dashboards, CurrentUserProvider users) {
        WindowWidth.follow(this, this::adaptToWidth);
        this.dashboards = dashboards;
        this.user = users.require();
        setMaxWidth("80rem");
        content.setPadding(false);
        planSelect.setId("dashboard-plan");
        planSelect.setLabel(getTranslation("dashboard.select"));
        planSelect.setWidth("32rem");
        // Never past the right edge of a phone.
        planSelect.setMaxWidth("100%");
        planSelect.setItemLabelGenerator(p -> getTranslation("plan.label", p.organisation(), p.fiscalYear().toString(),
                getTranslation("plan.status." + p.status().name())));
        plans = dashboards.plans(user);
        planSelect.setItems(plans);
        planSelect.addValueChangeListener(e -> show(e.getValue()));
        configureOverdue();
        configureFlaggedLinks();
        add(new H2(getTranslation("dashboard.title")), planSelect, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }

    /**
     * {@code ?plan=<id>} (the province page's links) shows that plan, if it is one this user may see; otherwise the
     * default plan. Chosen here, not in the constructor, so that a linked plan's page reads one dashboard, not two.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!PlanParameter.select(event, planSelect) && planSelect.getValue() == null) {
            DashboardService.defaultOf(plans).ifPresentOrElse(planSelect::setValue, () -> show(null));
        }
    }

    /** Each chart for the screen it is on: a phone's drawing and folded figures below {@link #NARROW_PX}. */
    void adaptToWidth(int windowWidth) {
        boolean nowNarrow = windowWidth < NARROW_PX;
        if (nowNarrow != narrow) {
            narrow = nowNarrow;
            charts.forEach(chart -> chart.narrow(narrow));
        }
    }

    private void show(PlanSummary summary) {
        content.removeAll();
        charts.clear();
        if (summary == null) {
            content.add(new Paragraph(getTranslation("dashboard.none")));
            return;
        }
        dashboards.of(summary.id(), user).ifPresent(dashboard -> {
            shownOrganisation = dashboard.plan().organisationId();
            divisions = dashboard.divisions().stream()
                    .collect(Collectors.toMap(Division::code, Function.identity()));
            if (!dashboard.flaggedLinks().isEmpty()) {
                content.add(flagged(dashboard));
            }
            content.add(overall(dashboard), byIndicator(dashboard), byDivision(dashboard));
            content.add(scores(dashboard.scores()));
            content.add(new H3(getTranslation("dashboard.overdue", dashboard.overdue().size())));
            if (dashboard.overdue().isEmpty()) {
                content.add(new Paragraph(getTranslation("dashboard.overdue.none")));
            } else {
                overdue.setItems(dashboard.overdue());
                content.add(overdue);
            }
        });
    }

    private ChartSection overall(Dashboard dashboard) {
        return progressChart("dashboard-overall", getTranslation("dashboard.overall"), List.of(
                Map.entry(getTranslation("dashboard.overall.measures"), dashboard.measures()),
                Map.entry(getTranslation("dashboard.overall.parts"), dashboard.divisionParts())));
    }

    private ChartSection byIndicator(Dashboard dashboard) {
        return progressChart("dashboard-indicators", getTranslation("dashboard.byIndicator"),
                dashboard.byIndicator().stream().map(i -> Map.entry(getTranslation("dashboard.indicator",
                        i.indicator().code().toString(), i.indicator().name(getLocale())), i.measures())).toList());
    }

    private ChartSection byDivision(Dashboard dashboard) {
        return progressChart("dashboard-divisions", getTranslation("dashboard.byDivision"),
                dashboard.byDivision().stream().map(d -> Map.entry(d.division().name(getLocale()), d.parts())).toList());
    }

    private ChartSection progressChart(String id, String heading, List<Map.Entry<String, Progress>> rows) {
        SvgBarChart chart = new SvgBarChart(heading, 100);
        List<String> lines = new ArrayList<>();
        rows.forEach(row -> {
            Progress p = row.getValue();
            chart.bar(row.getKey(), p.percent(), getTranslation("dashboard.fraction", p.done(), p.total()));
            lines.add(getTranslation("dashboard.progressText", row.getKey(), p.done(), p.total()));
        });
        return chartSection(id, heading, chart, lines);
    }

    private ChartSection chartSection(String id, String heading, SvgBarChart chart, List<String> lines) {
        ChartSection section = new ChartSection(id, heading, chart, lines, getTranslation("dashboard.figures"));
        if (narrow) {
            section.narrow(true);
        }
        charts.add(section);
        return section;
    }

    private com.vaadin.flow.component.Component scores(Assessment assessment) {
        if (assessment == null) {
            return new Paragraph(getTranslation("dashboard.scores.none"));
        }
        String heading = getTranslation("dashboard.scores", assessment.fiscalYear().toString());
        SvgBarChart chart = new SvgBarChart(heading, 100).referenceLine(assessment.passMark().value().doubleValue(),
                getTranslation("dashboard.passMark", assessment.passMark().toString()));
        List<String> lines = new ArrayList<>();
        for (IndicatorResult result : assessment.indicators()) {
            String label = getTranslation("dashboard.indicator", result.code().toString(), result.indicator().name(getLocale()));
            // An unknown score is no score: no bar and the word "unknown", never a bar of length zero.
            String value = result.score() == null ? getTranslation("dashboard.score.unknown") : result.score().toString();
            chart.bar(label, result.score() == null ? null : result.score().value().doubleValue(), value);
            lines.add(getTranslation("dashboard.scoreText", label, value,
                    getTranslation("dashboard.score." + result.status().name())));
        }
        if (assessment.rating() != null) {
            // Named by the year's own rule: a letter grade for an old year, a level (ผ่าน, ผ่านดี …) for a newer one.
            lines.add(getTranslation("dashboard.rating", assessment.rating().name(getLocale())));
        }
        return chartSection("dashboard-scores", heading, chart, lines);
    }

    /** A warning card first on the page: a broken link costs OIT points until someone fixes the page. */
    private Div flagged(Dashboard dashboard) {
        flaggedLinks.setItems(dashboard.flaggedLinks());
        H3 heading = new H3(getTranslation("dashboard.flagged", dashboard.flaggedLinks().size()));
        heading.getStyle().set("color", "var(--lumo-error-text-color)");
        Div card = new Div(heading, new Paragraph(getTranslation("dashboard.flagged.hint")), flaggedLinks);
        card.setId("dashboard-flagged");
        card.setWidthFull();
        card.getStyle().set("border", "1px solid var(--lumo-error-color-50pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0 var(--lumo-space-m) var(--lumo-space-m)")
                .set("background", "var(--lumo-error-color-10pct)").set("box-sizing", "border-box");
        return card;
    }

    private void configureFlaggedLinks() {
        flaggedLinks.setId("dashboard-flagged-links");
        flaggedLinks.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        flaggedLinks.setAllRowsVisible(true);
        flaggedLinks.addComponentColumn(link -> {
            Anchor anchor = new Anchor(link.url(), link.url());
            anchor.setTarget("_blank");
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            anchor.getStyle().set("word-break", "break-all");
            return anchor;
        }).setHeader(getTranslation("dashboard.flagged.column.url")).setFlexGrow(3).setKey("url");
        flaggedLinks.addComponentColumn(link -> {
            Span problem = new Span(getTranslation(link.check().messageKey(), link.check().messageArguments()));
            problem.getElement().getThemeList().add("badge error");
            return problem;
        }).setHeader(getTranslation("dashboard.flagged.column.problem")).setFlexGrow(2).setKey("problem");
        flaggedLinks.addColumn(link -> ThaiDates.date(link.since(), getLocale()))
                .setHeader(getTranslation("dashboard.flagged.column.since")).setKey("since");
        flaggedLinks.addComponentColumn(this::uses).setHeader(getTranslation("dashboard.flagged.column.usedIn"))
                .setFlexGrow(3).setKey("usedIn");
    }

    /** Where the link is used, each a way to it: the OIT item on the year's board, the measure's history. */
    private Div uses(FlaggedLink link) {
        Div cell = new Div();
        // The organisation named, so that a province auditor's link opens this organisation's board, not none.
        long organisation = shownOrganisation;
        for (FlaggedLink.OitUse item : link.items()) {
            int year = item.fiscalYear().buddhistYear();
            cell.add(new Div(new Anchor("oit?year=" + year + "&organisation=" + organisation,
                    getTranslation("dashboard.flagged.oitItem", item.code(), String.valueOf(year)))));
        }
        for (FlaggedLink.MeasureUse measure : link.measures()) {
            cell.add(new Div(new Anchor("measures/" + measure.processInstanceId() + "/history",
                    getTranslation("dashboard.flagged.measure", measure.seq(), measure.text(),
                            String.valueOf(measure.fiscalYear().buddhistYear())))));
        }
        if (link.items().isEmpty() && link.measures().isEmpty()) {
            cell.add(new Span(getTranslation("dashboard.flagged.unused")));
        }
        return cell;
    }

    private void configureOverdue() {
        overdue.setId("dashboard-overdue");
        overdue.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        overdue.setAllRowsVisible(true);
        overdue.addColumn(t -> getTranslation("dashboard.measure", t.measureSeq(), t.measureText()))
                .setHeader(getTranslation("dashboard.column.measure")).setFlexGrow(3).setKey("measure");
        overdue.addColumn(t -> t.divisionCode() == null ? getTranslation("dashboard.noDivision")
                        : divisions.containsKey(t.divisionCode()) ? divisions.get(t.divisionCode()).name(getLocale()) : t.divisionCode())
                .setHeader(getTranslation("dashboard.column.division")).setKey("division");
        overdue.addColumn(t -> getTranslation("step." + t.taskKey()))
                .setHeader(getTranslation("dashboard.column.step")).setKey("step");
        overdue.addColumn(t -> ThaiDates.date(date(t.dueDate()), getLocale()))
                .setHeader(getTranslation("dashboard.column.due")).setKey("due");
    }

    /** {@link ThaiDates} formats in the system zone, so the day starts there too. */
    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
