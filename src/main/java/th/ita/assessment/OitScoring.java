package th.ita.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the year's OIT score is made from its items, as far as it is known: each item counts its points when it is
 * published and nothing when not; an indicator scores the share of its points that are published; the instrument
 * weighs its indicators by {@code indicatorWeights}, or, without them, counts every item's points alike. Data of the
 * framework file ({@code oitScoring}, docs/FRAMEWORK-FILE.md), {@code provisional} until confirmed against NACC's
 * manual, for the board's estimate only: NACC's assessors score the real thing.
 */
public record OitScoring(BigDecimal itemPoints, Map<IndicatorCode, BigDecimal> indicatorWeights, boolean provisional,
                         List<String> sources) {

    public OitScoring {
        indicatorWeights = Map.copyOf(indicatorWeights);
        sources = List.copyOf(sources);
    }

    public BigDecimal pointsOf(OitItem item) {
        return item.points() != null ? item.points() : itemPoints;
    }

    /** The indicator's weight within OIT; empty when the items count alike across the instrument. */
    public Optional<BigDecimal> weightOf(IndicatorCode indicator) {
        return indicatorWeights.isEmpty() ? Optional.empty()
                : Optional.of(indicatorWeights.getOrDefault(indicator, BigDecimal.ZERO));
    }
}
