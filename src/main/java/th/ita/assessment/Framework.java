package th.ita.assessment;

import th.ita.shared.FiscalYear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ITA framework of one fiscal year, as loaded from {@code ita/framework-<year>.yaml} (schema:
 * docs/FRAMEWORK-FILE.md). {@code provisional} while not confirmed against NACC's manual of the year;
 * {@code sources} says where its facts come from.
 */
public record Framework(FiscalYear fiscalYear, Score passMark, List<Instrument> instruments,
                        List<Indicator> indicators, RatingRule ratingRule, List<OitItem> oitItems,
                        boolean provisional, List<String> sources, OitScoring oitScoring) {

    /** A framework without an OIT scoring rule: the board then gives no estimate. */
    public Framework(FiscalYear fiscalYear, Score passMark, List<Instrument> instruments, List<Indicator> indicators,
                     RatingRule ratingRule, List<OitItem> oitItems, boolean provisional, List<String> sources) {
        this(fiscalYear, passMark, instruments, indicators, ratingRule, oitItems, provisional, sources, null);
    }

    public Framework {
        instruments = List.copyOf(instruments);
        indicators = List.copyOf(indicators);
        oitItems = List.copyOf(oitItems);
        sources = List.copyOf(sources);
    }

    public Optional<Indicator> indicator(IndicatorCode code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<Instrument> instrument(String code) {
        return instruments.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The rating the year's rule gives (empty when it cannot tell from what is known). */
    public Optional<Rating> rate(Score overall, Map<String, Score> instrumentScores) {
        return ratingRule.rate(overall, instrumentScores);
    }

    /** The OIT item of the year that carries the given output of this application, if the year has one. */
    public Optional<OitItem> itemWithRole(OitRole role) {
        return oitItems.stream().filter(i -> i.role() == role).findFirst();
    }

    public Optional<OitScoring> scoring() {
        return Optional.ofNullable(oitScoring);
    }

    /**
     * An instrument's score from its indicators, each counting equally, when all of them are known (NACC
     * publishes it; this is only for results that lack it). Empty otherwise.
     */
    public Optional<Score> instrumentScoreOf(String instrument, Map<IndicatorCode, Score> indicatorScores) {
        List<Score> scores = indicators.stream().filter(i -> i.instrument().equals(instrument))
                .map(i -> indicatorScores.get(i.code())).toList();
        if (scores.isEmpty() || scores.contains(null)) {
            return Optional.empty();
        }
        BigDecimal sum = scores.stream().map(Score::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new Score(sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP)));
    }

    /** The overall score from the instruments' scores by the year's weights, when all of them are known. */
    public Optional<Score> overallScoreOf(Map<String, Score> instrumentScores) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Instrument instrument : instruments) {
            Score score = instrumentScores.get(instrument.code());
            if (score == null) {
                return Optional.empty();
            }
            sum = sum.add(score.value().multiply(instrument.weight()));
            weights = weights.add(instrument.weight());
        }
        return weights.signum() == 0 ? Optional.empty()
                : Optional.of(new Score(sum.divide(weights, 2, RoundingMode.HALF_UP)));
    }

    /** Below the pass mark; an unknown score (null) is not failing, it is unknown. */
    public boolean fails(Score score) {
        return score != null && score.isBelow(passMark);
    }
}
