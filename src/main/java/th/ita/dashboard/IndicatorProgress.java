package th.ita.dashboard;

import th.ita.assessment.Indicator;

/** The measures of the plan that are to improve one indicator, and how many of them are done. */
public record IndicatorProgress(Indicator indicator, Progress measures) {
}
