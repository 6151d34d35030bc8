package th.ita.audit.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import th.ita.division.Division;
import th.ita.audit.AuditScope;
import th.ita.audit.AuditFilter;
import th.ita.audit.MeasureHistoryService;
import th.ita.decision.DecisionRecord;
import th.ita.decision.Decisions;
import th.ita.division.DivisionService;
import th.ita.measure.MeasureOutcomes;
import th.ita.measure.PartOutcome;
import th.ita.measure.MeasureService;
import th.ita.measure.ui.WithdrawMeasureButton;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;

import th.ita.people.People;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * The audit history of one measure: each division's outcome (done, not done, withdrawn; by whom and when), the
 * measure's link evidence with what the live website check last found (a broken link flagged), the
 * recorded decisions with the evidence hashes they approved and whether their hash chain is intact, then
 * who did what, when, with which evidence and comment. The filter lives
 * in the URL's query parameters, so a filtered history can be bookmarked.
 */
@Route("measures/:processInstanceId/history")
@PermitAll
public class MeasureHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROCESS_INSTANCE_ID = "processInstanceId";
    private final MeasureHistoryService historyService;
    private final DivisionService divisionService;
    private final MeasureOutcomes outcomes;
    private final MeasureService measureService;
    private final Decisions decisions;
    private final CurrentUser user;
    private final People people;
    FilteredTimeline content;
    DecisionTable decisionTable;
    EvidenceLinkTable evidenceLinks;

    public MeasureHistoryView(MeasureHistoryService historyService, DivisionService divisionService,
                              MeasureOutcomes outcomes, MeasureService measureService, Decisions decisions,
                              CurrentUserProvider users, People people) {
        this.people = people;
        this.decisions = decisions;
        this.outcomes = outcomes;
        this.measureService = measureService;
        this.user = users.require();
        this.historyService = historyService;
        this.divisionService = divisionService;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String processInstanceId = event.getRouteParameters().get(PROCESS_INSTANCE_ID).orElse("");
        Optional<AuditScope.OfMeasure> scope = historyService.measureScope(processInstanceId, user);
        if (scope.isEmpty()) {
            // Another organisation's measure is "not found", like one that does not exist: ids cannot be probed.
            add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("plan.error.notFound")));
            return;
        }
        long organisation = scope.get().organisationId();
        List<Division> divisions = divisionService.all(organisation);
        AuditFilter filter = AuditQuery.parse(event.getLocation().getQueryParameters());
        content = new FilteredTimeline(filter, divisions, scope.get(), historyService,
                false, "audit-measure-" + processInstanceId + ".csv",
                f -> getUI().ifPresent(ui -> ui.navigate(MeasureHistoryView.class,
                        new RouteParameters(PROCESS_INSTANCE_ID, processInstanceId), AuditQuery.of(f))));
        // The measure by its title first: the history of which measure is the first question.
        H2 heading = new H2(getTranslation("audit.title"));
        add(heading);
        if (scope.get().title() != null) {
            Paragraph title = new Paragraph(scope.get().title());
            title.setId("measure-history-title");
            title.getStyle().set("font-weight", "600").set("margin-top", "0");
            add(title);
        }
        List<DecisionRecord> recorded = decisions.of(processInstanceId, user);
        Map<String, String> divisionNames = divisions.stream()
                .collect(Collectors.toMap(Division::code, d -> d.name(getLocale())));
        decisionTable = new DecisionTable(recorded, decisions.verify(recorded),
                people.labels(recorded.stream().flatMap(r -> java.util.stream.Stream.of(r.decidedBy(), r.actingFor()))
                        .toList()),
                code -> divisionNames.getOrDefault(code, code));
        evidenceLinks = new EvidenceLinkTable(historyService.linkChecks(scope.get()));
        List<PartOutcome> partOutcomes = outcomes.ofMeasure(processInstanceId);
        add(new OutcomeTable(partOutcomes, divisions,
                people.labels(partOutcomes.stream().map(PartOutcome::decidedBy).toList())),
                evidenceLinks, decisionTable, content);
        // Withdrawing ends the measure for good: last, after what the coordinator should read before doing it.
        if (user.isCoordinator() && user.belongsTo(organisation) && measureService.isRunning(processInstanceId)) {
            add(new WithdrawMeasureButton(measureService, processInstanceId, user,
                    () -> getUI().ifPresent(ui -> ui.getPage().reload())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
