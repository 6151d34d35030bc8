package th.ita.assessment;

import th.ita.shared.FiscalYear;

import java.util.List;

/**
 * An organisation's ITA result of one fiscal year with every indicator of that year's framework.
 * {@code gradeOfOverallScore} is what the grade bands say about the overall score (null without one); it is
 * shown next to the published grade, never instead of it.
 */
public record Assessment(AssessmentSummary summary, List<IndicatorResult> indicators, Score passMark,
                         Grade gradeOfOverallScore) {

    public Assessment {
        indicators = List.copyOf(indicators);
    }

    public long id() {
        return summary.id();
    }

    public long organisationId() {
        return summary.organisationId();
    }

    public FiscalYear fiscalYear() {
        return summary.fiscalYear();
    }

    public Score overallScore() {
        return summary.overallScore();
    }

    public Grade grade() {
        return summary.grade();
    }

    /** The indicators scored below the pass mark: what the improvement plan must address. */
    public List<IndicatorResult> failing() {
        return indicators.stream().filter(IndicatorResult::failing).toList();
    }

    public List<IndicatorResult> unknown() {
        return indicators.stream().filter(i -> i.status() == IndicatorResult.Status.UNKNOWN).toList();
    }

    public boolean gradeDisagreesWithScore() {
        return grade() != null && gradeOfOverallScore != null && grade() != gradeOfOverallScore;
    }
}
