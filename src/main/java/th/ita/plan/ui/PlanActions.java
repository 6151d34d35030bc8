package th.ita.plan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import th.ita.plan.Plan;
import th.ita.plan.PlanProcess;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import java.util.function.Consumer;

/**
 * The buttons of the plan's yearly process for the step it waits at: the coordinator submits the draft, the
 * executive approves or returns it; later the coordinator may close the year early, submits the year-end report,
 * and the executive signs it off or returns it. Each action is checked again by {@link PlanService}.
 */
class PlanActions extends Composite<HorizontalLayout> {

    private final PlanService planService;
    private final CurrentUser user;
    private final Runnable reload;

    /** {@code step}: the task key the plan's process waits at for this user ("" if none). */
    PlanActions(Plan plan, String step, PlanService planService, CurrentUser user, Runnable reload) {
        this.planService = planService;
        this.user = user;
        this.reload = reload;
        HorizontalLayout layout = getContent();
        layout.setPadding(false);
        switch (step) {
            case PlanProcess.TASK_DRAFT_PLAN -> layout.add(button("submit-plan", "plan.submit",
                    () -> planService.submitForApproval(plan.id(), null, user), "plan.submitted"));
            case PlanProcess.TASK_APPROVE_PLAN -> layout.add(withReason("return-plan", "plan.return",
                    reason -> planService.returnDraft(plan.id(), reason, user), "plan.returned"));
            case PlanProcess.TASK_REVIEW_REPORT -> layout.add(button("submit-report", "plan.submitReport",
                    () -> planService.submitReport(plan.id(), null, user), "plan.reportSubmitted"));
            case PlanProcess.TASK_SIGN_OFF_REPORT -> layout.add(
                    button("sign-report", "plan.signReport",
                            () -> planService.signOffReport(plan.id(), true, null, user), "plan.reportSigned"),
                    withReason("return-report", "plan.returnReport",
                            reason -> planService.signOffReport(plan.id(), false, reason, user), "plan.reportReturned"));
            default -> {
                if (user.isCoordinator() && planService.yearOpen(plan.id())) {
                    layout.add(confirmed("close-year", "plan.closeYear", "plan.closeYearConfirm",
                            () -> planService.closeYear(plan.id(), user), "plan.yearClosed"));
                }
            }
        }
    }

    private Button button(String id, String labelKey, Runnable action, String successKey) {
        Button button = new Button(getTranslation(labelKey), click -> run(action, successKey));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Button confirmed(String id, String labelKey, String questionKey, Runnable action, String successKey) {
        Button button = new Button(getTranslation(labelKey), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation(labelKey), getTranslation(questionKey),
                    getTranslation(labelKey), e -> run(action, successKey));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        button.setId(id);
        return button;
    }

    private Button withReason(String id, String labelKey, Consumer<String> action, String successKey) {
        Button button = new Button(getTranslation(labelKey), click -> {
            TextArea reason = new TextArea(getTranslation("review.field.reason"));
            reason.setRequired(true);
            reason.setWidthFull();
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation(labelKey));
            dialog.add(reason);
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.setConfirmText(getTranslation(labelKey));
            dialog.addConfirmListener(e -> run(() -> action.accept(reason.getValue()), successKey));
            dialog.open();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return button;
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Messages.success(successKey);
            reload.run();
        } catch (UserInputException e) {
            Messages.error(e);
        }
    }
}
