package th.ita.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import th.ita.approval.ApprovalService;
import th.ita.approval.ApprovalSummary;
import th.ita.division.DivisionService;
import th.ita.evidence.EvidenceService;
import th.ita.inbox.InboxService;
import th.ita.task.ui.TaskView;
import th.ita.measure.Decision;
import th.ita.measure.MeasureTaskService;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;
import th.ita.ui.ThaiDates;
import th.ita.ui.WindowWidth;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The executive's queue: measures whose divisions are done, each with a summary and its evidence in place,
 * to approve (one or several at once) or return with a reason.
 */
@Route("approval")
@Menu(title = "nav.approval", order = 2)
@RolesAllowed(Groups.EXECUTIVE)
public class ApprovalView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final InboxService.Filter WAITING_FOR_EXECUTIVE = ApprovalService.WAITING_FOR_EXECUTIVE;
    /** Below this window width the secondary columns go. */
    static final int NARROW_PX = WindowWidth.NARROW_PX;
    static final String ACTIONS_COLUMN = "actions";
    static final String DUE_COLUMN = "due";
    static final String CARD_COLUMN = "card";
    /** The card's title and due date, above the same buttons as the wide screen's actions column. */
    private static final String CARD_HEAD = "<div class=\"approval-card-title\">${item.title}</div>"
            + "<div>${item.overdue ? html`<span theme=\"badge error\">${item.due}</span>` : html`<span>${item.due}</span>`}</div>";

    private final ApprovalService approvalService;
    private final MeasureTaskService measureTaskService;
    private final CurrentUser user;
    final Grid<ApprovalSummary> grid = new Grid<>();
    final ApprovalDetail detail;
    final Button approveSelected = new Button();
    private final List<Grid.Column<ApprovalSummary>> secondaryColumns = new ArrayList<>();
    /** The columns of a wide screen; on a phone one card column stands for them all. */
    private final List<Grid.Column<ApprovalSummary>> wideColumns = new ArrayList<>();
    private Grid.Column<ApprovalSummary> cardColumn;

    public ApprovalView(ApprovalService approvalService, MeasureTaskService measureTaskService,
                        EvidenceService evidenceService, DivisionService divisionService, CurrentUserProvider users) {
        WindowWidth.follow(this, this::adaptToWidth);
        this.approvalService = approvalService;
        this.measureTaskService = measureTaskService;
        this.user = users.require();
        this.detail = new ApprovalDetail(evidenceService, divisionService.of(user.organisation()), user,
                row -> decide(row, Decision.APPROVE, null), this::askReason);
        setSizeFull();
        configureGrid();
        approveSelected.setId("approve-selected");
        approveSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approveSelected.addClickListener(click -> confirmBulkApproval());
        selectionChanged();

        // Grid and detail stacked, each full width: side by side, the grid scrolled its titles out of sight.
        grid.getStyle().set("flex", "1 1 100%");
        detail.getStyle().set("flex", "1 1 100%").set("min-width", "0");
        FlexLayout content = new FlexLayout(grid, detail);
        content.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        content.setWidthFull();
        content.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("approval.title")), approveSelected, content);
    }

    private void configureGrid() {
        grid.setId("approval-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        wideColumns.add(grid.addColumn(ApprovalSummary::measureTitle).setHeader(getTranslation("inbox.column.measure"))
                .setFlexGrow(3).setWidth("14rem"));
        secondaryColumns.add(grid.addColumn(s -> getTranslation("approval.divisions.count", s.divisions().size()))
                .setKey("divisions").setHeader(getTranslation("approval.column.divisions")).setAutoWidth(true));
        secondaryColumns.add(grid.addColumn(s -> getTranslation("approval.evidence.count", s.evidenceCount()))
                .setKey("evidence").setHeader(getTranslation("approval.column.evidence")).setAutoWidth(true));
        secondaryColumns.add(grid.addColumn(s -> ThaiDates.dateTime(s.task().created(), getLocale()))
                .setKey("waiting").setHeader(getTranslation("approval.column.waitingSince")).setAutoWidth(true));
        wideColumns.add(grid.addColumn(dueRenderer()).setKey(DUE_COLUMN).setHeader(getTranslation("approval.column.due"))
                .setAutoWidth(true));
        wideColumns.add(grid.addColumn(actionsRenderer("")).setKey(ACTIONS_COLUMN)
                .setHeader(getTranslation("inbox.column.actions")).setAutoWidth(true));
        // A phone's one column: the title, the due date under it, the buttons under that, all within the screen.
        cardColumn = grid.addColumn(actionsRenderer(CARD_HEAD)).setKey(CARD_COLUMN)
                .setHeader(getTranslation("inbox.column.measure")).setFlexGrow(1);
        cardColumn.setVisible(false);
        // Identity by task, so a selection survives the refresh of a page whose summaries were rebuilt.
        grid.setItems(new CallbackDataProvider<>(
                query -> approvalService.page(user, query.getOffset(), query.getLimit()).stream(),
                query -> (int) approvalService.count(user), ApprovalSummary::taskId));
        // A click can arrive for a row that a refresh has just removed (the measure was approved): no item then.
        grid.addItemClickListener(click -> {
            if (click.getItem() != null) {
                showDetail(click.getItem());
            }
        });
        grid.addSelectionListener(selection -> selectionChanged());
        grid.setMinHeight("20rem");
        grid.setEmptyStateText(getTranslation("approval.empty"));
    }

    /**
     * On a phone the title, due date and buttons are what decides, as one card per row (columns side by side pushed
     * the buttons off a 390 px screen); the rest is in the detail panel, which has the buttons too.
     */
    void adaptToWidth(int windowWidth) {
        boolean wide = windowWidth >= NARROW_PX;
        secondaryColumns.forEach(column -> column.setVisible(wide));
        wideColumns.forEach(column -> column.setVisible(wide));
        cardColumn.setVisible(!wide);
    }

    List<Grid.Column<ApprovalSummary>> secondaryColumns() {
        return List.copyOf(secondaryColumns);
    }

    /*
     * The due date and the buttons are drawn by the browser from the row's data (LitRenderer), as in the inbox:
     * six server-side components per row made a page of 50 measures several times slower to open than one.
     * The buttons call back with the row's item; MeasureTaskService checks the executive's right again.
     */

    /** Days left or overdue in words, not only a colour, so it reads the same in every theme and to screen readers. */
    private LitRenderer<ApprovalSummary> dueRenderer() {
        return LitRenderer.<ApprovalSummary>of("${item.overdue"
                        + " ? html`<span theme=\"badge error\">${item.due}</span>` : html`<span>${item.due}</span>`}")
                .withProperty("due", this::dueText)
                .withProperty("overdue", ApprovalSummary::isOverdue);
    }

    private String dueText(ApprovalSummary summary) {
        Long days = summary.daysToDue();
        return days == null ? "" : days < 0 ? getTranslation("approval.due.overdue", -days)
                : days == 0 ? getTranslation("approval.due.today") : getTranslation("approval.due.remaining", days);
    }

    /** A row's button: its label's message key, its Lumo theme, and what a click does with the row. */
    private record RowAction(String name, String theme, String labelKey, SerializableConsumer<ApprovalSummary> onClick) {

        /** The button in the template: labelled by its property, named for screen readers with the measure. */
        String template() {
            return "<vaadin-button theme=\"" + theme + "\" aria-label=\"${item." + name + "}: ${item.title}\" "
                    + "@click=${" + function() + "}>${item." + name + "}</vaadin-button>";
        }

        String function() {
            return "on" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    /**
     * Approve, give back, details, open; each labelled with the measure for screen readers (and browser tests).
     * {@code head}: template drawn above the buttons (the phone's card), empty for the actions column.
     */
    private LitRenderer<ApprovalSummary> actionsRenderer(String head) {
        List<RowAction> actions = List.of(
                new RowAction("approve", "primary small", "decision.APPROVE", row -> decide(row, Decision.APPROVE, null)),
                new RowAction("giveBack", "small", "decision.RETURN", this::askReason),
                new RowAction("details", "tertiary small", "approval.details", this::showDetail),
                new RowAction("openTask", "tertiary small", "inbox.open", row -> getUI().ifPresent(ui ->
                        ui.navigate(TaskView.class, new RouteParameters("taskId", row.taskId())))));
        LitRenderer<ApprovalSummary> renderer = LitRenderer.<ApprovalSummary>of(head + "<div class=\"approval-actions\">"
                        + actions.stream().map(RowAction::template).collect(Collectors.joining()) + "</div>")
                .withProperty("title", ApprovalSummary::measureTitle);
        if (!head.isEmpty()) {
            renderer.withProperty("due", this::dueText).withProperty("overdue", ApprovalSummary::isOverdue);
        }
        for (RowAction action : actions) {
            String label = getTranslation(action.labelKey());
            renderer.withProperty(action.name(), row -> label).withFunction(action.function(), action.onClick());
        }
        return renderer;
    }

    private void showDetail(ApprovalSummary summary) {
        detail.show(summary);
        detail.scrollIntoView();
    }

    private void selectionChanged() {
        int selected = grid.getSelectedItems().size();
        approveSelected.setText(getTranslation("approval.bulk.approve", selected));
        approveSelected.setEnabled(selected > 0);
    }

    private void confirmBulkApproval() {
        List<ApprovalSummary> selected = List.copyOf(grid.getSelectedItems());
        new BulkApproveDialog(selected, () -> approveAll(selected)).open();
    }

    private void approveAll(List<ApprovalSummary> selected) {
        try {
            approvalService.approveAll(selected, user);
            Messages.success("approval.bulk.approved", selected.size());
        } catch (UserInputException e) {
            Messages.error(e);
        }
        // Either way the list may have changed under us (another executive), so show it as it is now.
        grid.deselectAll();
        detail.clear();
        grid.getDataProvider().refreshAll();
    }

    private void askReason(ApprovalSummary row) {
        Dialog dialog = new Dialog();
        dialog.setId("return-dialog");
        dialog.setHeaderTitle(getTranslation("approval.returnTitle"));
        TextArea reason = new TextArea(getTranslation("review.field.reason"));
        reason.setId("return-reason");
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setWidth("min(28rem, 80vw)");
        dialog.add(reason);
        Button confirm = new Button(getTranslation("decision.RETURN"), click -> {
            if (decide(row, Decision.RETURN, reason.getValue())) {
                dialog.close();
            }
        });
        confirm.setId("return-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private boolean decide(ApprovalSummary row, Decision decision, String reason) {
        try {
            measureTaskService.decideAsExecutive(row.taskId(), decision, reason, user);
            Messages.success(decision == Decision.APPROVE ? "approval.approved" : "approval.returned");
            if (detail.shown() != null && detail.shown().taskId().equals(row.taskId())) {
                detail.clear();
            }
            grid.deselect(row);
            grid.getDataProvider().refreshAll();
            return true;
        } catch (UserInputException e) {
            Messages.error(e);
            return false;
        }
    }

    /** Vaadin keeps the view when its menu item is clicked again while it is open: that click shows the list as it is now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.deselectAll();
        detail.clear();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.title");
    }
}
