package th.ita.measure.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import th.ita.measure.MeasureService;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

/**
 * The coordinator withdraws a running measure with a required reason (ถอนมาตรการ). The service checks the role
 * and the reason again; a refusal keeps the dialog's text.
 */
public class WithdrawMeasureButton extends Composite<Button> {

    final TextArea reason = new TextArea();

    public WithdrawMeasureButton(MeasureService measureService, String processInstanceId, CurrentUser user,
                                 Runnable afterWithdrawal) {
        Button button = getContent();
        button.setText(getTranslation("measure.withdraw"));
        button.setId("withdraw-measure");
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reason.setLabel(getTranslation("measure.field.withdrawReason"));
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("measure.withdraw"));
        dialog.add(reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("measure.withdraw"));
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            try {
                measureService.withdraw(processInstanceId, reason.getValue(), user);
                Messages.success("measure.withdrawn");
                afterWithdrawal.run();
            } catch (UserInputException ex) {
                Messages.error(ex);
                dialog.open();
            }
        });
        button.addClickListener(click -> dialog.open());
    }
}
