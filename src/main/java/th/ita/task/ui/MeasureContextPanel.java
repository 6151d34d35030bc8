package th.ita.task.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import th.ita.assessment.IndicatorResult;
import th.ita.plan.MeasureContext;
import th.ita.plan.PlanSection;

import java.util.List;

/**
 * The plan behind the task: indicators to improve with last year's scores, and per report table the
 * weaknesses found and the approaches to take (what the division reports against).
 */
class MeasureContextPanel extends Details {

    MeasureContextPanel(MeasureContext context) {
        setId("measure-context");
        setSummaryText(getTranslation("task.context"));
        setOpened(true);
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.setSpacing(false);
        OrderedList indicators = new OrderedList();
        context.indicators().forEach(result -> indicators.add(new ListItem(indicator(result))));
        if (!context.indicators().isEmpty()) {
            body.add(new Span(getTranslation("task.context.indicators")), indicators);
        }
        for (PlanSection section : context.sections()) {
            body.add(new Paragraph(getTranslation("plan.section", section.instrument())));
            body.add(list("plan.weaknesses", section.weaknesses()), list("plan.approaches", section.approaches()));
        }
        add(body);
    }

    private String indicator(IndicatorResult result) {
        String score = result.score() == null ? getTranslation("assessment.unknownScore") : result.score().toString();
        return getTranslation("task.context.indicator", result.code().value(), result.indicator().name(getLocale()), score);
    }

    private Details list(String titleKey, List<String> items) {
        OrderedList list = new OrderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return new Details(getTranslation(titleKey), list);
    }
}
