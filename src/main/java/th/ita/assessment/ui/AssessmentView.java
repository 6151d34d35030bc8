package th.ita.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import th.ita.assessment.Assessment;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.FrameworkService;
import th.ita.assessment.IndicatorResult;
import th.ita.assessment.InstrumentScore;
import th.ita.organisation.OrganisationService;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;
import th.ita.shared.FiscalYear;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The latest published ITA result: overall score, the instruments' scores and the rating by the year's own rule, every indicator with its score (or "unknown")
 * and the failing ones marked, since they are what the improvement plan must address; below it, every year on
 * record of the same organisation ({@link IndicatorTrend}). The coordinator can import a result file or enter a
 * result by form here.
 */
@Route("assessments")
@Menu(title = "nav.assessments", order = 5)
@RolesAllowed({Groups.COORDINATOR, Groups.EXECUTIVE, Groups.ADMIN})
public class AssessmentView extends VerticalLayout implements HasDynamicTitle {

    static final String FAILING_CLASS = "indicator-failing";

    private final AssessmentService service;
    private final FrameworkService frameworks;
    private final CurrentUser user;
    final VerticalLayout results = new VerticalLayout();
    final Grid<IndicatorResult> grid = new Grid<>();
    final Span overallScore = new Span();
    final Span grade = new Span();

    public AssessmentView(AssessmentService service, FrameworkService frameworks, OrganisationService organisations,
                          CurrentUserProvider users, Clock clock) {
        this.service = service;
        this.frameworks = frameworks;
        this.user = users.require();
        setMaxWidth("70rem");
        results.setPadding(false);
        configureGrid();
        add(new H2(getTranslation("assessment.title")), results);
        if (user.isCoordinator()) {
            Optional<Assessment> latest = latest();
            // The year most likely to be entered or corrected: the latest assessed one, else the current one.
            FiscalYear year = latest.map(Assessment::fiscalYear).orElseGet(() -> FiscalYear.of(LocalDate.now(clock)));
            add(new ResultImportForm(service, organisations, user, this::show, latest),
                    new ResultEntryForm(service, frameworks, organisations, user, this::show, latest, year));
        }
        show();
    }

    private Optional<Assessment> latest() {
        return service.latest(user);
    }

    private void configureGrid() {
        grid.setId("assessment-indicators");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.code().value()).setHeader(getTranslation("assessment.column.code")).setAutoWidth(true);
        grid.addColumn(r -> r.indicator().name(getLocale())).setHeader(getTranslation("assessment.column.name"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.indicator().instrument()).setHeader(getTranslation("assessment.column.instrument"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> marked(r, r.score() == null ? getTranslation("assessment.unknownScore")
                : r.score().toString())).setKey("score").setHeader(getTranslation("assessment.column.score")).setAutoWidth(true);
        grid.addComponentColumn(r -> marked(r, getTranslation("assessment.status." + r.status().name())))
                .setKey("status").setHeader(getTranslation("assessment.column.status")).setAutoWidth(true);
    }

    /** Failing indicators stand out in the error colour, so the eye finds them without reading every score. */
    private static Span marked(IndicatorResult result, String text) {
        Span span = new Span(text);
        if (result.failing()) {
            span.addClassName(FAILING_CLASS);
            span.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
        } else if (result.status() == IndicatorResult.Status.UNKNOWN) {
            span.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        return span;
    }

    private void show() {
        results.removeAll();
        latest().ifPresentOrElse(this::show, () -> results.add(new Span(getTranslation("assessment.none"))));
    }

    private void show(Assessment assessment) {
        overallScore.setId("assessment-overall");
        overallScore.setText(assessment.overallScore() == null ? getTranslation("assessment.notPublished")
                : computed(assessment.overallScore().toString(), assessment.overallComputed()));
        grade.setId("assessment-grade");
        grade.setText(assessment.rating() == null ? getTranslation("assessment.notPublished")
                : assessment.rating().name(getLocale()));
        grade.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "bold");

        HorizontalLayout headline = new HorizontalLayout(
                labelled("assessment.overallScore", overallScore), labelled("assessment.grade", grade));
        // Since the 2566 results a level also asks a minimum of each instrument: the three scores explain the rating.
        for (InstrumentScore score : assessment.instrumentScores()) {
            Span value = new Span(computed(score.score().toString(), score.computed()));
            value.setId("assessment-instrument-" + score.code());
            headline.add(labelled(score.code(), value, score.instrument().name(getLocale())));
        }
        results.add(new H3(getTranslation("assessment.heading", assessment.summary().organisationNameTh(),
                assessment.fiscalYear().toString())), headline);
        // The year's framework (indicators, weights, rating rule) may not be confirmed yet: say so next to its result.
        frameworks.find(assessment.fiscalYear()).flatMap(ProvisionalNotice::of).ifPresent(results::add);
        if (assessment.ratingDisagreesWithRule()) {
            results.add(new Span(getTranslation("assessment.gradeOfScore", assessment.ratingByRule().name(getLocale()))));
        }
        results.add(new Span(getTranslation("assessment.passMark", assessment.passMark().toString()) + " · "
                + getTranslation("assessment.failingSummary", String.valueOf(assessment.failing().size()))));
        grid.setItems(assessment.indicators());
        results.add(grid);
        List<Assessment> years = service.history(assessment.organisationId(), user);
        if (!years.isEmpty()) {
            results.add(new IndicatorTrend(years));
        }
    }

    private String computed(String score, boolean computed) {
        return computed ? getTranslation("assessment.computedScore", score) : score;
    }

    private Component labelled(String key, Span value) {
        return labelled(getTranslation(key), value, null);
    }

    private Component labelled(String label, Span value, String title) {
        Div caption = new Div(label);
        if (title != null) {
            caption.getElement().setAttribute("title", title);
        }
        Div box = new Div(caption, value);
        value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "bold");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.title");
    }
}
