package th.ita.plan;

import th.ita.assessment.IndicatorResult;

import java.util.List;

/**
 * What an officer needs to know while working on a measure: its text, the indicators it should improve with
 * last year's scores, and the weaknesses and approaches of each report table it belongs to (the approaches
 * are the concrete actions the division reports against).
 */
public record MeasureContext(String measureText, List<IndicatorResult> indicators, List<PlanSection> sections) {
}
