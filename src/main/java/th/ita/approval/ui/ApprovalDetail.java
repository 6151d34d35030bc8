package th.ita.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import th.ita.approval.ApprovalSummary;
import th.ita.division.Division;
import th.ita.evidence.EvidenceService;
import th.ita.security.CurrentUser;
import th.ita.evidence.ui.EvidencePreview;
import th.ita.ui.ThaiDates;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.stream.Collectors;

/** The selected measure: divisions done and by whom, reviewers' comments and the evidence to look at. */
class ApprovalDetail extends VerticalLayout {

    private final EvidenceService evidenceService;
    private final Map<String, String> divisionNames;
    private final CurrentUser user;
    private final Consumer<ApprovalSummary> approve;
    private final Consumer<ApprovalSummary> giveBack;
    private ApprovalSummary shown;

    /** {@code approve}, {@code giveBack}: the queue's own actions, so a decision from here is the same decision. */
    ApprovalDetail(EvidenceService evidenceService, List<Division> divisions, CurrentUser user,
                   Consumer<ApprovalSummary> approve, Consumer<ApprovalSummary> giveBack) {
        this.evidenceService = evidenceService;
        this.approve = approve;
        this.giveBack = giveBack;
        this.user = user;
        this.divisionNames = divisions.stream()
                .collect(Collectors.toMap(Division::code, d -> d.name(getLocale())));
        setId("approval-detail");
        addClassName("approval-detail");
        clear();
    }

    ApprovalSummary shown() {
        return shown;
    }

    void clear() {
        shown = null;
        removeAll();
        add(new Paragraph(getTranslation("approval.detail.placeholder")));
    }

    void show(ApprovalSummary summary) {
        shown = summary;
        removeAll();
        Button close = new Button(getTranslation("approval.detail.close"), click -> clear());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        // Decided from here too, above and below the evidence: on a phone the executive reads the evidence here and
        // should not have to scroll back to the list to decide.
        add(new H3(summary.measureTitle()), close, decisionButtons(summary, "detail"),
                new H4(getTranslation("approval.detail.divisions", summary.divisions().size())), divisions(summary),
                new H4(getTranslation("approval.detail.comments")), comments(summary),
                new H4(getTranslation("approval.detail.evidence", summary.evidenceCount())),
                new EvidencePreview(evidenceService, summary.processInstanceId(), user),
                decisionButtons(summary, "detail-bottom"));
    }

    private HorizontalLayout decisionButtons(ApprovalSummary summary, String idPrefix) {
        Button approveThis = new Button(getTranslation("decision.APPROVE"), click -> approve.accept(summary));
        approveThis.setId(idPrefix + "-approve");
        approveThis.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button giveBackThis = new Button(getTranslation("decision.RETURN"), click -> giveBack.accept(summary));
        giveBackThis.setId(idPrefix + "-return");
        HorizontalLayout buttons = new HorizontalLayout(approveThis, giveBackThis);
        buttons.getStyle().set("flex-wrap", "wrap");
        return buttons;
    }

    private UnorderedList divisions(ApprovalSummary summary) {
        UnorderedList list = new UnorderedList();
        list.setId("approval-divisions");
        summary.divisions().forEach(d -> list.add(new ListItem(getTranslation("approval.detail.accepted",
                divisionNames.getOrDefault(d.divisionCode(), d.divisionCode()), d.acceptedByName(),
                ThaiDates.dateTime(d.acceptedAt(), getLocale())))));
        return list;
    }

    private VerticalLayout comments(ApprovalSummary summary) {
        VerticalLayout comments = new VerticalLayout();
        comments.setPadding(false);
        comments.setSpacing(false);
        if (summary.comments().isEmpty()) {
            comments.add(new Paragraph(getTranslation("approval.detail.noComments")));
        }
        summary.comments().forEach(c -> comments.add(new Paragraph(getTranslation("approval.detail.comment",
                c.taskName(), c.author(), ThaiDates.dateTime(c.time(), getLocale()), c.text()))));
        return comments;
    }
}
