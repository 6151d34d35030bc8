package th.ita.measure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import th.ita.division.Division;
import th.ita.division.DivisionService;
import th.ita.measure.MeasureService;
import th.ita.security.CurrentUser;
import th.ita.security.CurrentUserProvider;
import th.ita.workflow.Groups;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

/** The coordinator assigns a measure to its responsible divisions; this starts its process. */
@Route("measures/new")
@Menu(title = "nav.startMeasure", order = 3)
@RolesAllowed(Groups.COORDINATOR)
public class StartMeasureView extends VerticalLayout implements HasDynamicTitle {

    final TextArea title = new TextArea();
    final CheckboxGroup<Division> divisions = new CheckboxGroup<>();
    final Button start = new Button();

    public StartMeasureView(MeasureService measureService, DivisionService divisionService, CurrentUserProvider users) {
        CurrentUser user = users.require();
        setMaxWidth("50rem");
        title.setId("measure-title");
        title.setLabel(getTranslation("measure.field.title"));
        title.setRequired(true);
        title.setMaxLength(2000);
        title.setWidthFull();

        divisions.setId("measure-divisions");
        divisions.setLabel(getTranslation("measure.field.divisions"));
        divisions.setRequired(true);
        divisions.setItems(divisionService.of(user.organisation()));
        divisions.setItemLabelGenerator(d -> d.name(getLocale()));

        start.setId("start-measure");
        start.setText(getTranslation("measure.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> {
            try {
                measureService.start(title.getValue(), divisions.getValue().stream().map(Division::code).toList(), user);
                Messages.success("measure.started");
                title.clear();
                divisions.clear();
            } catch (UserInputException e) {
                Messages.error(e);
            }
        });
        add(new H2(getTranslation("measure.newTitle")), title, divisions, start);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("measure.newTitle");
    }
}
