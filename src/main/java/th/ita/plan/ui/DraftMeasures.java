package th.ita.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import th.ita.division.Division;
import th.ita.plan.Plan;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.shared.BuddhistDates;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The coordinator's editor of a draft plan's measures: add, edit, remove. */
class DraftMeasures extends VerticalLayout {

    final Grid<PlanMeasure> grid = new Grid<>();
    final Button add = new Button();

    DraftMeasures(Plan plan, PlanService planService, List<Division> divisions, CurrentUser user, Runnable onChange) {
        setPadding(false);
        var indicators = planService.indicators(plan);
        Map<String, String> divisionNames = divisions.stream().collect(Collectors.toMap(Division::code, d -> d.name(getLocale())));

        grid.setId("draft-measures");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PlanMeasure::text).setHeader(getTranslation("plan.field.measure")).setFlexGrow(3);
        grid.addColumn(m -> String.join(", ", m.instruments())).setHeader(getTranslation("plan.field.instruments")).setAutoWidth(true);
        grid.addColumn(m -> m.indicators().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("plan.field.indicators")).setAutoWidth(true);
        grid.addColumn(m -> m.divisions().stream().map(d -> divisionNames.getOrDefault(d, d)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("measure.field.divisions")).setFlexGrow(2);
        grid.addColumn(m -> BuddhistDates.format(m.dueDate())).setHeader(getTranslation("plan.field.dueDate")).setAutoWidth(true);
        grid.addComponentColumn(m -> {
            Button edit = new Button(getTranslation("plan.measure.edit"), click -> new MeasureDialog(plan, m, indicators, divisions,
                    input -> { planService.updateMeasure(m.id(), input, user); onChange.run(); }).open());
            Button remove = new Button(getTranslation("plan.measure.remove"), click -> act(() -> planService.removeMeasure(m.id(), user), onChange));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, remove);
        }).setKey("actions").setAutoWidth(true);
        grid.setItems(plan.measures());
        grid.setAllRowsVisible(true);

        add.setId("add-measure");
        add.setText(getTranslation("plan.measure.add"));
        add.addClickListener(click -> new MeasureDialog(plan, null, indicators, divisions,
                input -> { planService.addMeasure(plan.id(), input, user); onChange.run(); }).open());
        add(add, grid);
    }

    private static void act(Runnable action, Runnable onChange) {
        try {
            action.run();
            onChange.run();
        } catch (UserInputException e) {
            Messages.error(e);
        }
    }
}
