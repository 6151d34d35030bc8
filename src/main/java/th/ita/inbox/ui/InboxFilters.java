package th.ita.inbox.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import th.ita.inbox.InboxService;
import th.ita.measure.ImprovementMeasureProcess;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The inbox filters and their form in the URL: {@code ?step=review&mine=1&overdue=1}. */
class InboxFilters extends HorizontalLayout {

    static final String ALL_STEPS = "all";
    /** URL value → BPMN task id; the URL stays readable and independent of the diagram's ids. */
    static final Map<String, String> STEPS = Map.of(
            "work", ImprovementMeasureProcess.TASK_DIVISION_WORK,
            "review", ImprovementMeasureProcess.TASK_HEAD_REVIEW,
            "approval", ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL);

    final Select<String> step = new Select<>();
    final Checkbox mine = new Checkbox();
    final Checkbox overdue = new Checkbox();
    private boolean reading;

    InboxFilters(Runnable onChange) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        step.setId("filter-step");
        step.setLabel(getTranslation("inbox.filter.step"));
        step.setItems(List.of(ALL_STEPS, "work", "review", "approval"));
        step.setItemLabelGenerator(value -> getTranslation("inbox.filter.step." + value));
        step.setValue(ALL_STEPS);
        mine.setId("filter-mine");
        mine.setLabel(getTranslation("inbox.filter.mine"));
        overdue.setId("filter-overdue");
        overdue.setLabel(getTranslation("inbox.filter.overdue"));
        step.addValueChangeListener(e -> changed(onChange));
        mine.addValueChangeListener(e -> changed(onChange));
        overdue.addValueChangeListener(e -> changed(onChange));
        add(step, mine, overdue);
    }

    private void changed(Runnable onChange) {
        if (!reading) {
            onChange.run();
        }
    }

    void read(QueryParameters parameters) {
        reading = true;
        try {
            String value = parameters.getSingleParameter("step").orElse(ALL_STEPS);
            step.setValue(STEPS.containsKey(value) ? value : ALL_STEPS);
            mine.setValue(parameters.getSingleParameter("mine").map("1"::equals).orElse(false));
            overdue.setValue(parameters.getSingleParameter("overdue").map("1"::equals).orElse(false));
        } finally {
            reading = false;
        }
    }

    InboxService.Filter filter() {
        return new InboxService.Filter(STEPS.get(step.getValue()), mine.getValue(), overdue.getValue());
    }

    QueryParameters queryParameters() {
        Map<String, String> values = new HashMap<>();
        if (!ALL_STEPS.equals(step.getValue())) {
            values.put("step", step.getValue());
        }
        if (mine.getValue()) {
            values.put("mine", "1");
        }
        if (overdue.getValue()) {
            values.put("overdue", "1");
        }
        return QueryParameters.simple(values);
    }
}
