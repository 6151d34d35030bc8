package th.ita.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import th.ita.division.Division;
import th.ita.division.DivisionService;
import th.ita.organisation.OrganisationService;
import th.ita.plan.NextYearPlan;
import th.ita.plan.Plan;
import th.ita.plan.PlanExporter;
import th.ita.plan.PlanImporter;
import th.ita.plan.PlanProcess;
import th.ita.plan.PlanService;
import th.ita.plan.PlanSummary;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import th.ita.people.People;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The improvement plan of a year, as a tree: instrument → weaknesses, approaches, measures → divisions.
 * The executive approves a draft here (which starts the measures); the coordinator imports a plan file or
 * starts next year's draft from this plan; anyone who reads the plan may download it in the import format.
 */
@Route("plans")
@Menu(title = "nav.plans", order = 6)
@PermitAll
public class PlanView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final PlanService planService;
    private final NextYearPlan nextYearPlan;
    private final PlanExporter exporter;
    private final DivisionService divisionService;
    private final CurrentUser user;
    private final People people;
    final ComboBox<PlanSummary> planSelect = new ComboBox<>();
    final VerticalLayout content = new VerticalLayout();

    public PlanView(PlanService planService, PlanImporter importer, NextYearPlan nextYearPlan, PlanExporter exporter,
                    DivisionService divisionService, OrganisationService organisations, Clock clock,
                    CurrentUserProvider users, People people) {
        this.people = people;
        this.planService = planService;
        this.nextYearPlan = nextYearPlan;
        this.exporter = exporter;
        this.divisionService = divisionService;
        this.user = users.require();
        setMaxWidth("80rem");
        content.setPadding(false);

        planSelect.setId("plan-select");
        planSelect.setLabel(getTranslation("plan.select"));
        planSelect.setItemLabelGenerator(p -> getTranslation("plan.label", p.organisation(), p.fiscalYear().toString(),
                getTranslation("plan.status." + p.status().name())));
        planSelect.addValueChangeListener(e -> show(e.getValue()));
        planSelect.setWidth("32rem");

        add(new H2(getTranslation("plan.title")), planSelect);
        if (user.isCoordinator()) {
            add(new NewPlanForm(planService, organisations, user, clock, this::reload),
                    new PlanImportForm(importer, user, this::reload));
        }
        add(content);
        planSelect.setItems(planService.list(user));
    }

    /**
     * {@code ?plan=<id>} (the province page's links) opens that plan, if it is one this user may see; otherwise the
     * newest. Chosen here, not in the constructor, so that a linked plan's page reads one plan, not two.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!PlanParameter.select(event, planSelect) && planSelect.getValue() == null) {
            select(planSelect.getListDataView().getItems().toList(), null);
        }
    }

    private void reload(Long selectPlanId) {
        List<PlanSummary> plans = planService.list(user);
        planSelect.setItems(plans);
        select(plans, selectPlanId);
    }

    private void select(List<PlanSummary> plans, Long selectPlanId) {
        plans.stream().filter(p -> selectPlanId == null || p.id() == selectPlanId).findFirst()
                .ifPresentOrElse(planSelect::setValue, () -> show(null));
    }

    private void show(PlanSummary summary) {
        content.removeAll();
        if (summary == null) {
            content.add(new Paragraph(getTranslation("plan.none")));
            return;
        }
        planService.find(summary.id(), user).ifPresent(plan -> {
            Span status = new Span(getTranslation("plan.status." + plan.status().name()));
            status.setId("plan-status");
            status.getElement().getThemeList().add(plan.isDraft() ? "badge contrast" : "badge success");
            HorizontalLayout header = new HorizontalLayout(status);
            if (plan.approvedBy() != null) {
                header.add(new Span(getTranslation("plan.approvedBy", people.name(plan.approvedBy()).label())));
            }
            // Only the plan's own organisation acts on it: a province auditor reads it and gets no action at all.
            boolean member = user.belongsTo(plan.organisationId());
            String step = member ? planService.pendingStep(plan.id(), user).orElse("") : "";
            // A year already over is never approved (the service refuses it too): the warning below says what to do.
            if (PlanProcess.TASK_APPROVE_PLAN.equals(step) && !planService.yearEnded(plan.fiscalYear())) {
                header.add(approveButton(plan));
            }
            if (member) {
                header.add(new PlanActions(plan, step, planService, user, () -> reload(plan.id())));
            }
            header.add(pageButton("plan-audit", "audit.plan.open", "plans/" + plan.id() + "/audit"));
            if (user.isCoordinator() || user.isExecutive()) {
                header.add(pageButton("plan-report", "report.view.open", "plans/" + plan.id() + "/report"));
            }
            if (member && user.isCoordinator() && !nextYearPlan.nextExists(plan)) {
                header.add(nextYearButton(plan));
            }
            header.add(exportLink(plan));
            header.setWrap(true);
            content.add(header);
            planService.warnings(plan).forEach(warning -> {
                Paragraph text = new Paragraph(getTranslation(warning.messageKey(), warning.argumentArray()));
                text.addClassName("plan-warning");
                text.getElement().getThemeList().add("badge error");
                content.add(text);
            });
            List<Division> divisions = divisionService.all(plan.organisationId());
            if (member && user.isCoordinator() && planService.editable(plan)) {
                content.add(new DraftMeasures(plan, planService, divisions, user, () -> reload(plan.id())));
            }
            content.add(new PlanTree(plan, divisions));
            content.add(guidelines(plan.guidelines()));
        });
    }

    private Button approveButton(Plan plan) {
        Button approve = new Button(getTranslation("plan.approve"), click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("plan.approve"));
            confirm.setText(getTranslation("plan.approveConfirm", plan.measures().size()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("plan.approve"));
            confirm.addConfirmListener(e -> approve(plan));
            confirm.open();
        });
        approve.setId("approve-plan");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return approve;
    }

    /** The coordinator starts FY N+1's draft from this plan (see {@link NextYearPlan}) and lands on it. */
    private Button nextYearButton(Plan plan) {
        String next = plan.fiscalYear().next().toString();
        Button button = new Button(getTranslation("plan.nextYear"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("plan.nextYear"),
                    getTranslation("plan.nextYearConfirm", next, plan.fiscalYear().toString()),
                    getTranslation("plan.nextYear"), e -> startNextYear(plan));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        button.setId("start-next-year");
        return button;
    }

    void startNextYear(Plan plan) {
        try {
            long draftId = nextYearPlan.start(plan.id(), user);
            Messages.success("plan.nextYearCreated", plan.fiscalYear().next().toString(), plan.fiscalYear().toString());
            reload(draftId);
        } catch (UserInputException e) {
            Messages.error(e);
        }
    }

    /** The plan in the import format: change its year and import it, here or over the API. */
    private Anchor exportLink(Plan plan) {
        String fileName = PlanExporter.fileName(plan.fiscalYear().buddhistYear());
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = exporter.export(plan.id(), user).orElse(new byte[0]);
            return new DownloadResponse(new ByteArrayInputStream(file), fileName, "application/yaml", file.length);
        }), getTranslation("plan.exportYaml"));
        link.setId("plan-export-yaml");
        return link;
    }

    /**
     * A button to the plan's audit or report page. By path, not by class: those views depend on plans, so naming
     * them here would close a package cycle.
     */
    private Button pageButton(String id, String labelKey, String path) {
        Button button = new Button(getTranslation(labelKey), click -> getUI().ifPresent(ui -> ui.navigate(path)));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    void approve(Plan plan) {
        try {
            planService.approve(plan.id(), user);
            Messages.success("plan.approved", plan.measures().size());
            reload(plan.id());
        } catch (UserInputException e) {
            Messages.error(e);
        }
    }

    private VerticalLayout guidelines(Map<Integer, List<String>> guidelines) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("plan.guidelines")));
        section.setPadding(false);
        guidelines.forEach((indicator, texts) -> {
            UnorderedList list = new UnorderedList();
            texts.forEach(text -> list.add(new ListItem(text)));
            section.add(new Span(getTranslation("plan.guidelinesOf", indicator)), list);
        });
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.title");
    }
}
