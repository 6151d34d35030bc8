package th.ita.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import th.ita.inbox.InboxService;
import th.ita.inbox.TaskRow;
import th.ita.inbox.ui.TaskView;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureTaskService;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.security.Groups;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;
import th.ita.ui.ThaiDates;

/** The executive's queue: measures whose divisions are done, to approve or return with a reason. */
@Route("approval")
@Menu(title = "nav.approval", order = 2)
@RolesAllowed(Groups.EXECUTIVE)
public class ApprovalView extends VerticalLayout implements HasDynamicTitle {

    static final InboxService.Filter WAITING_FOR_EXECUTIVE =
            new InboxService.Filter(ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL);

    private final MeasureTaskService measureTaskService;
    private final CurrentUser user;
    final Grid<TaskRow> grid = new Grid<>();

    public ApprovalView(InboxService inboxService, MeasureTaskService measureTaskService, CurrentUserProvider users) {
        this.measureTaskService = measureTaskService;
        this.user = users.require();
        setSizeFull();
        grid.setId("approval-grid");
        grid.addColumn(TaskRow::measureTitle).setHeader(getTranslation("inbox.column.measure")).setFlexGrow(3);
        grid.addColumn(row -> ThaiDates.dateTime(row.created(), getLocale()))
                .setHeader(getTranslation("approval.column.waitingSince")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("inbox.column.actions")).setAutoWidth(true);
        grid.setItems(query -> inboxService.page(user, WAITING_FOR_EXECUTIVE, query.getOffset(), query.getLimit()).stream(),
                query -> (int) inboxService.count(user, WAITING_FOR_EXECUTIVE));
        grid.setSizeFull();
        add(new H2(getTranslation("approval.title")), grid);
    }

    private HorizontalLayout actions(TaskRow row) {
        Button approve = new Button(getTranslation("decision.APPROVE"),
                click -> decide(row, Decision.APPROVE, null));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        // Screen readers (and browser tests) need to know which measure each row's buttons act on.
        approve.setAriaLabel(getTranslation("decision.APPROVE") + ": " + row.measureTitle());
        Button giveBack = new Button(getTranslation("decision.RETURN"), click -> askReason(row));
        giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL);
        giveBack.setAriaLabel(getTranslation("decision.RETURN") + ": " + row.measureTitle());
        Button open = new Button(getTranslation("inbox.open"), click -> getUI().ifPresent(ui ->
                ui.navigate(TaskView.class, new RouteParameters("taskId", row.taskId()))));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(approve, giveBack, open);
    }

    private void askReason(TaskRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("approval.returnTitle"));
        TextArea reason = new TextArea(getTranslation("review.field.reason"));
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setWidth("28rem");
        dialog.add(reason);
        Button confirm = new Button(getTranslation("decision.RETURN"), click -> {
            if (decide(row, Decision.RETURN, reason.getValue())) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private boolean decide(TaskRow row, Decision decision, String reason) {
        try {
            measureTaskService.decideAsExecutive(row.taskId(), decision, reason, user);
            Messages.success(decision == Decision.APPROVE ? "approval.approved" : "approval.returned");
            grid.getDataProvider().refreshAll();
            return true;
        } catch (UserInputException e) {
            Messages.error(e);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.title");
    }
}
