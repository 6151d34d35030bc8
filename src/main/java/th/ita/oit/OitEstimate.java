package th.ita.oit;

import th.ita.assessment.Framework;
import th.ita.assessment.IndicatorCode;
import th.ita.assessment.OitItem;
import th.ita.assessment.OitScoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The OIT score the board's states would give by the framework's scoring rule ({@link OitScoring}): an estimate, for
 * the coordinator to see where points are lost; NACC's assessors judge the pages' content, which no link check does.
 * An item counts when it has URLs and none is known to fail (entered or alive); missing and broken items count
 * nothing, and {@code gains} lists them by what each would add to the instrument's score, the largest first.
 * {@code provisional} when the rule or the board's framework is.
 */
public record OitEstimate(BigDecimal score, List<IndicatorEstimate> indicators, List<Gain> gains, boolean provisional) {

    /** How many of the items that would raise the score most the board lists. */
    public static final int TOP_GAINS = 5;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public record IndicatorEstimate(int indicator, String nameTh, BigDecimal score, int counted, int items) {
    }

    public record Gain(String code, String title, int indicator, OitState state, BigDecimal points) {
    }

    public OitEstimate {
        indicators = List.copyOf(indicators);
        gains = List.copyOf(gains);
    }

    public List<Gain> topGains() {
        return gains.subList(0, Math.min(TOP_GAINS, gains.size()));
    }

    /** Empty when the framework has no scoring rule or no items. */
    static Optional<OitEstimate> of(Framework framework, List<OitBoardItem> items, boolean boardProvisional) {
        Optional<OitScoring> rule = framework.scoring();
        if (rule.isEmpty() || items.isEmpty()) {
            return Optional.empty();
        }
        OitScoring scoring = rule.get();
        Map<String, OitItem> byCode = framework.oitItems().stream()
                .collect(Collectors.toMap(OitItem::code, Function.identity()));
        Map<Integer, List<OitBoardItem>> byIndicator = new LinkedHashMap<>();
        items.forEach(i -> byIndicator.computeIfAbsent(i.indicator(), k -> new ArrayList<>()).add(i));
        Function<OitBoardItem, BigDecimal> points = i -> byCode.containsKey(i.code()) ? scoring.pointsOf(byCode.get(i.code()))
                : scoring.itemPoints();
        BigDecimal allPoints = sum(items, points);
        BigDecimal weights = byIndicator.keySet().stream().map(i -> scoring.weightOf(IndicatorCode.of(i)).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean weighted = weights.signum() > 0;

        List<IndicatorEstimate> indicators = new ArrayList<>();
        List<Gain> gains = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (var entry : byIndicator.entrySet()) {
            List<OitBoardItem> own = entry.getValue();
            BigDecimal ownPoints = sum(own, points);
            List<OitBoardItem> counted = own.stream().filter(OitEstimate::counts).toList();
            BigDecimal share = ratio(sum(counted, points), ownPoints);
            String name = framework.indicator(IndicatorCode.of(entry.getKey())).map(i -> i.nameTh()).orElse("");
            indicators.add(new IndicatorEstimate(entry.getKey(), name, round(share.multiply(HUNDRED)), counted.size(), own.size()));
            // What one point of this indicator is worth in the instrument's score.
            BigDecimal perPoint = weighted
                    ? ratio(scoring.weightOf(IndicatorCode.of(entry.getKey())).orElse(BigDecimal.ZERO), weights)
                            .multiply(HUNDRED).divide(ownPoints.signum() == 0 ? BigDecimal.ONE : ownPoints, 10, RoundingMode.HALF_UP)
                    : HUNDRED.divide(allPoints.signum() == 0 ? BigDecimal.ONE : allPoints, 10, RoundingMode.HALF_UP);
            total = total.add(sum(counted, points).multiply(perPoint));
            own.stream().filter(i -> !counts(i)).forEach(i -> gains.add(new Gain(i.code(), i.title(), i.indicator(),
                    i.state(), round(points.apply(i).multiply(perPoint)))));
        }
        List<String> order = items.stream().map(OitBoardItem::code).toList();
        gains.sort(Comparator.comparing(Gain::points).reversed().thenComparing(g -> order.indexOf(g.code())));
        return Optional.of(new OitEstimate(round(total), indicators, gains, scoring.provisional() || boardProvisional));
    }

    private static boolean counts(OitBoardItem item) {
        return item.state() == OitState.ENTERED || item.state() == OitState.ALIVE;
    }

    private static BigDecimal sum(List<OitBoardItem> items, Function<OitBoardItem, BigDecimal> points) {
        return items.stream().map(points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.divide(whole, 10, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
