package th.ita.assessment;

import th.ita.shared.FiscalYear;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An organisation's ITA result of one fiscal year with every indicator of that year's framework and the
 * instruments' scores that are known. {@code rating()} is the published rating, else what the year's rule gives;
 * {@code ratingByRule} is what the rule says of the stored scores (null when it cannot tell), shown next to a
 * published rating that disagrees, never instead of it.
 */
public record Assessment(AssessmentSummary summary, List<IndicatorResult> indicators,
                         List<InstrumentScore> instrumentScores, boolean overallComputed, Score passMark,
                         Rating publishedRating, Rating ratingByRule) {

    public Assessment {
        indicators = List.copyOf(indicators);
        instrumentScores = List.copyOf(instrumentScores);
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

    public Rating rating() {
        return summary.rating();
    }

    public Optional<InstrumentScore> instrumentScore(String code) {
        return instrumentScores.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** Code → score, for the rule and the API. */
    public Map<String, Score> instrumentScoreMap() {
        Map<String, Score> map = new LinkedHashMap<>();
        instrumentScores.forEach(s -> map.put(s.code(), s.score()));
        return map;
    }

    /** The indicators scored below the pass mark: what the improvement plan must address. */
    public List<IndicatorResult> failing() {
        return indicators.stream().filter(IndicatorResult::failing).toList();
    }

    public List<IndicatorResult> unknown() {
        return indicators.stream().filter(i -> i.status() == IndicatorResult.Status.UNKNOWN).toList();
    }

    public boolean ratingDisagreesWithRule() {
        return publishedRating != null && ratingByRule != null && !publishedRating.code().equals(ratingByRule.code());
    }
}
