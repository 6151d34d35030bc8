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
import th.ita.audit.AuditScope;
import th.ita.audit.AuditFilter;
import th.ita.audit.MeasureHistoryService;
import th.ita.division.DivisionService;
import th.ita.plan.Plan;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;

import java.util.Optional;

/**
 * The audit history of a whole plan: every measure's steps in one timeline, filterable, the filter in the URL.
 * The plan page links here by path ({@link #PATH}); it cannot name this class without a package cycle.
 */
@Route(PlanAuditView.PATH)
@PermitAll
public class PlanAuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PLAN_ID = "planId";
    static final String PATH = "plans/:" + PLAN_ID + "/audit";
    private final MeasureHistoryService historyService;
    private final PlanService planService;
    private final DivisionService divisionService;
    private final CurrentUser user;
    FilteredTimeline content;

    public PlanAuditView(MeasureHistoryService historyService, PlanService planService,
                         DivisionService divisionService, CurrentUserProvider users) {
        this.user = users.require();
        this.historyService = historyService;
        this.planService = planService;
        this.divisionService = divisionService;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        content = null;
        Optional<Plan> plan = event.getRouteParameters().getLong(PLAN_ID).flatMap(id -> planService.find(id, user));
        if (plan.isEmpty()) {
            add(new H2(getTranslation("audit.plan.title")), new Paragraph(getTranslation("plan.error.notFound")));
            return;
        }
        long planId = plan.get().id();
        // planService.find has checked the user may read the plan (and logged an auditor's read): no second check.
        AuditScope scope = new AuditScope.OfPlan(planId);
        AuditFilter filter = AuditQuery.parse(event.getLocation().getQueryParameters());
        content = new FilteredTimeline(filter, divisionService.all(plan.get().organisationId()), scope, historyService,
                true, "audit-plan-" + planId + ".csv",
                f -> getUI().ifPresent(ui -> ui.navigate(PlanAuditView.class,
                        new RouteParameters(PLAN_ID, String.valueOf(planId)), AuditQuery.of(f))));
        add(new H2(getTranslation("audit.plan.heading", plan.get().organisation(), String.valueOf(plan.get().fiscalYear().buddhistYear()))),
                content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.plan.title");
    }
}
