package th.ita.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import th.ita.assessment.Indicator;
import th.ita.division.Division;
import th.ita.plan.MeasureInput;
import th.ita.plan.Plan;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanSection;
import th.ita.shared.BuddhistDates;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Adds or edits a measure of a draft plan. The dialog stays open with everything typed when the service
 * rejects the input, and says why.
 */
class MeasureDialog extends Dialog {

    final TextArea text = new TextArea();
    final CheckboxGroup<String> instruments = new CheckboxGroup<>();
    final CheckboxGroup<Indicator> indicators = new CheckboxGroup<>();
    final CheckboxGroup<Division> divisions = new CheckboxGroup<>();
    final TextField dueDate = new TextField();
    final Button save = new Button();

    MeasureDialog(Plan plan, PlanMeasure existing, List<Indicator> planIndicators, List<Division> allDivisions,
                  Consumer<MeasureInput> onSave) {
        setHeaderTitle(getTranslation(existing == null ? "plan.measure.add" : "plan.measure.edit"));
        text.setId("plan-measure-text");
        text.setLabel(getTranslation("plan.field.measure"));
        text.setRequired(true);
        text.setMaxLength(2000);
        instruments.setLabel(getTranslation("plan.field.instruments"));
        instruments.setItems(plan.sections().stream().map(PlanSection::instrument).toList());
        indicators.setLabel(getTranslation("plan.field.indicators"));
        indicators.setItems(planIndicators);
        indicators.setItemLabelGenerator(i -> i.code().value() + " " + i.name(getLocale()));
        divisions.setLabel(getTranslation("measure.field.divisions"));
        divisions.setItems(allDivisions);
        divisions.setItemLabelGenerator(d -> d.name(getLocale()));
        dueDate.setLabel(getTranslation("plan.field.dueDate"));
        dueDate.setPlaceholder(BuddhistDates.format(plan.fiscalYear().end()));
        dueDate.setHelperText(getTranslation("plan.field.dueDateHelp", BuddhistDates.format(plan.fiscalYear().end())));
        if (existing != null) {
            fill(existing, planIndicators, allDivisions);
        }

        FormLayout form = new FormLayout(text, instruments, indicators, divisions, dueDate);
        form.setColspan(text, 2);
        form.setColspan(indicators, 2);
        add(form);
        setWidth("min(48rem, 100vw)");

        save.setId("plan-measure-save");
        save.setText(getTranslation("plan.measure.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                onSave.accept(input());
                close();
            } catch (UserInputException e) {
                Messages.error(e);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private MeasureInput input() {
        return new MeasureInput(text.getValue(), List.copyOf(instruments.getValue()),
                indicators.getValue().stream().map(i -> i.code().value()).sorted().toList(),
                divisions.getValue().stream().map(Division::code).toList(),
                BuddhistDates.parse(dueDate.getValue(), "plan.field.dueDate"));
    }

    private void fill(PlanMeasure measure, List<Indicator> planIndicators, List<Division> allDivisions) {
        text.setValue(measure.text());
        instruments.setValue(Set.copyOf(measure.instruments()));
        indicators.setValue(Set.copyOf(planIndicators.stream()
                .filter(i -> measure.indicators().contains(i.code().value())).toList()));
        divisions.setValue(Set.copyOf(allDivisions.stream().filter(d -> measure.divisions().contains(d.code())).toList()));
        dueDate.setValue(BuddhistDates.format(measure.dueDate()));
    }
}
