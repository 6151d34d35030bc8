package th.ita.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import th.ita.audit.AuditFilter;
import th.ita.audit.TimelineEntry;
import th.ita.division.Division;
import th.ita.shared.BuddhistDates;
import th.ita.shared.UserInputException;
import th.ita.ui.Messages;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** The audit filters; dates typed as day/month/Buddhist year like everywhere else in the application. */
public class AuditFilterBar extends HorizontalLayout {

    final TextField user = new TextField();
    final ComboBox<Division> division = new ComboBox<>();
    final ComboBox<TimelineEntry.Kind> action = new ComboBox<>();
    final TextField from = new TextField();
    final TextField to = new TextField();
    final Button apply = new Button();
    final Button clear = new Button();

    public AuditFilterBar(AuditFilter filter, List<Division> divisions, Consumer<AuditFilter> onApply) {
        setId("audit-filter");
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        user.setLabel(getTranslation("audit.filter.user"));
        user.setClearButtonVisible(true);
        division.setLabel(getTranslation("audit.filter.division"));
        division.setItems(divisions);
        division.setItemLabelGenerator(d -> d.name(getLocale()));
        division.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(Arrays.asList(TimelineEntry.Kind.values()));
        action.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        apply.setText(getTranslation("audit.filter.apply"));
        apply.setId("audit-filter-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> read(onApply));
        clear.setText(getTranslation("audit.filter.clear"));
        clear.addClickListener(e -> onApply.accept(AuditFilter.NONE));
        show(filter, divisions);
        add(user, division, action, from, to, apply, clear);
    }

    private void show(AuditFilter filter, List<Division> divisions) {
        user.setValue(filter.userId() == null ? "" : filter.userId());
        division.setValue(divisions.stream().filter(d -> d.code().equals(filter.division())).findFirst().orElse(null));
        action.setValue(filter.kind());
        from.setValue(BuddhistDates.format(filter.from()));
        to.setValue(BuddhistDates.format(filter.to()));
    }

    private void read(Consumer<AuditFilter> onApply) {
        try {
            onApply.accept(new AuditFilter(user.getValue(),
                    division.getValue() == null ? null : division.getValue().code(), action.getValue(),
                    BuddhistDates.parse(from.getValue(), "audit.filter.from"),
                    BuddhistDates.parse(to.getValue(), "audit.filter.to")));
        } catch (UserInputException e) {
            Messages.error(e);
        }
    }
}
