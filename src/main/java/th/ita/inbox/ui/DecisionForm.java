package th.ita.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import th.ita.measure.Decision;

import java.util.function.BiConsumer;

/** A reviewer's step: accept (or approve) the work, or return it with a reason. */
public class DecisionForm extends VerticalLayout {

    final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final Button submit = new Button();

    public DecisionForm(Decision positive, BiConsumer<Decision, String> onSubmit) {
        setPadding(false);
        decision.setId("decision");
        decision.setLabel(getTranslation("review.field.decision"));
        decision.setRequired(true);
        decision.setItems(positive, Decision.RETURN);
        decision.setItemLabelGenerator(d -> getTranslation("decision." + d.name()));

        reason.setId("reason");
        reason.setLabel(getTranslation("review.field.reason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        decision.addValueChangeListener(e -> reason.setRequired(e.getValue() == Decision.RETURN));

        submit.setId("submit-decision");
        submit.setText(getTranslation("review.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> onSubmit.accept(decision.getValue(), reason.getValue()));
        add(decision, reason, submit);
    }
}
