package th.ita.inbox.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import th.ita.assessment.Indicator;
import th.ita.assessment.IndicatorCode;
import th.ita.inbox.InboxService;
import th.ita.measure.MeasureStep;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The inbox filters and their form in the URL: {@code ?step=review&indicator=2&mine=1&overdue=1}. */
class InboxFilters extends HorizontalLayout {

    static final String ALL_STEPS = "all";

    final Select<String> step = new Select<>();
    /** The ITA indicator a task's measure improves; empty for all. */
    final Select<Integer> indicator = new Select<>();
    final Checkbox mine = new Checkbox();
    final Checkbox overdue = new Checkbox();
    private final Map<Integer, String> indicatorNames = new LinkedHashMap<>();
    private boolean reading;

    InboxFilters(List<Indicator> indicators, Runnable onChange) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        step.setId("filter-step");
        step.setLabel(getTranslation("inbox.filter.step"));
        // The URL names a step by its filter name (?step=review), readable and independent of the diagram's ids.
        step.setItems(Stream.concat(Stream.of(ALL_STEPS), Arrays.stream(MeasureStep.values()).map(MeasureStep::filterName))
                .toList());
        step.setItemLabelGenerator(value -> getTranslation("inbox.filter.step." + value));
        step.setValue(ALL_STEPS);
        indicators.forEach(i -> indicatorNames.put(i.code().value(), i.name(getLocale())));
        indicator.setId("filter-indicator");
        indicator.setLabel(getTranslation("inbox.filter.indicator"));
        indicator.setItems(List.copyOf(indicatorNames.keySet()));
        indicator.setEmptySelectionAllowed(true);
        indicator.setEmptySelectionCaption(getTranslation("inbox.filter.indicator.all"));
        indicator.setItemLabelGenerator(code -> code == null ? getTranslation("inbox.filter.indicator.all")
                : getTranslation("inbox.filter.indicator.one", code, indicatorNames.getOrDefault(code, "")));
        mine.setId("filter-mine");
        mine.setLabel(getTranslation("inbox.filter.mine"));
        overdue.setId("filter-overdue");
        overdue.setLabel(getTranslation("inbox.filter.overdue"));
        step.addValueChangeListener(e -> changed(onChange));
        indicator.addValueChangeListener(e -> changed(onChange));
        mine.addValueChangeListener(e -> changed(onChange));
        overdue.addValueChangeListener(e -> changed(onChange));
        add(step, indicator, mine, overdue);
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
            step.setValue(MeasureStep.byFilterName(value).map(MeasureStep::filterName).orElse(ALL_STEPS));
            indicator.setValue(parameters.getSingleParameter("indicator").map(InboxFilters::number)
                    .filter(indicatorNames::containsKey).orElse(null));
            mine.setValue(parameters.getSingleParameter("mine").map("1"::equals).orElse(false));
            overdue.setValue(parameters.getSingleParameter("overdue").map("1"::equals).orElse(false));
        } finally {
            reading = false;
        }
    }

    InboxService.Filter filter() {
        String taskKey = MeasureStep.byFilterName(step.getValue()).map(MeasureStep::taskKey).orElse(null);
        return new InboxService.Filter(taskKey, mine.getValue(), overdue.getValue(),
                indicator.getValue() == null ? null : IndicatorCode.of(indicator.getValue()));
    }

    QueryParameters queryParameters() {
        Map<String, String> values = new HashMap<>();
        if (!ALL_STEPS.equals(step.getValue())) {
            values.put("step", step.getValue());
        }
        if (indicator.getValue() != null) {
            values.put("indicator", indicator.getValue().toString());
        }
        if (mine.getValue()) {
            values.put("mine", "1");
        }
        if (overdue.getValue()) {
            values.put("overdue", "1");
        }
        return QueryParameters.simple(values);
    }

    /** A number from the URL, or null for anything else (a hand-edited URL is not an error). */
    private static Integer number(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
