package th.ita.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationService;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** The coordinator starts a new draft plan for an organisation and fiscal year (Buddhist Era, Thai digits welcome). */
class NewPlanForm extends Details {

    final ComboBox<Organisation> organisation = new ComboBox<>();
    final TextField fiscalYear = new TextField();
    final Button create = new Button();

    NewPlanForm(PlanService planService, OrganisationService organisations, CurrentUser user, Clock clock,
                Consumer<Long> onCreated) {
        setSummaryText(getTranslation("plan.new"));
        organisation.setLabel(getTranslation("plan.field.organisation"));
        // A coordinator drafts plans of their own organisation only (PlanService checks it again).
        List<Organisation> own = user.organisation().flatMap(organisations::find).stream().toList();
        organisation.setItems(own);
        organisation.setItemLabelGenerator(o -> o.name(getLocale()));
        own.stream().findFirst().ifPresent(organisation::setValue);
        fiscalYear.setId("new-plan-year");
        fiscalYear.setLabel(getTranslation("plan.field.fiscalYear"));
        fiscalYear.setValue(FiscalYear.of(LocalDate.now(clock)).next().toString());
        create.setId("create-plan");
        create.setText(getTranslation("plan.create"));
        create.addClickListener(click -> {
            try {
                if (organisation.getValue() == null) {
                    throw new UserInputException("error.required", new th.ita.shared.RequiredText.FieldName("plan.field.organisation"));
                }
                long planId = planService.createDraft(organisation.getValue().id(),
                        FiscalYear.parse(fiscalYear.getValue(), "plan.field.fiscalYear"), user);
                Messages.success("plan.created");
                onCreated.accept(planId);
            } catch (UserInputException e) {
                Messages.error(e);
            }
        });
        HorizontalLayout row = new HorizontalLayout(organisation, fiscalYear, create);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
    }
}
