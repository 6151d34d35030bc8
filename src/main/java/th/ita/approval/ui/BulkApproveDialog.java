package th.ita.approval.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import th.ita.approval.ApprovalSummary;

import java.util.List;

/** Names every measure about to be approved: one click approves many, so the executive sees exactly which. */
class BulkApproveDialog extends ConfirmDialog {

    final UnorderedList titles = new UnorderedList();

    BulkApproveDialog(List<ApprovalSummary> selected, Runnable onConfirm) {
        setId("bulk-approve-dialog");
        setHeader(getTranslation("approval.bulk.confirmTitle", selected.size()));
        titles.setId("bulk-approve-titles");
        selected.forEach(measure -> titles.add(new ListItem(measure.measureTitle())));
        VerticalLayout text = new VerticalLayout(new Paragraph(getTranslation("approval.bulk.confirmText")), titles);
        text.setPadding(false);
        setText(text);
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
        setConfirmText(getTranslation("decision.APPROVE"));
        addConfirmListener(event -> onConfirm.run());
    }
}
