package th.ita.plan.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.BeforeEnterEvent;
import th.ita.plan.PlanSummary;

import java.util.Optional;

/**
 * {@code ?plan=<id>} on a page with a plan select (the province page links to plans and dashboards this way): selects
 * that plan if it is among the plans the select offers, that is, one this user may see; otherwise nothing changes.
 */
public final class PlanParameter {

    private PlanParameter() {
    }

    /** Whether the parameter named a plan of the select (which is then selected). */
    public static boolean select(BeforeEnterEvent event, ComboBox<PlanSummary> planSelect) {
        Optional<PlanSummary> named = event.getLocation().getQueryParameters().getSingleParameter("plan")
                .flatMap(PlanParameter::parseId)
                .flatMap(id -> planSelect.getListDataView().getItems().filter(p -> p.id() == id).findFirst());
        named.ifPresent(planSelect::setValue);
        return named.isPresent();
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
