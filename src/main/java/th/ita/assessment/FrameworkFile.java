package th.ita.assessment;

import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The shape of {@code ita/framework-<year>.yaml} (docs/FRAMEWORK-FILE.md); converted to a checked {@link Framework}.
 * Files written before the rating became the year's own rule carry {@code gradeBands} instead of {@code rating}:
 * they still read, as a rule by the overall score named by the grades' letters.
 */
record FrameworkFile(int fiscalYear, Boolean provisional, List<String> sources, BigDecimal passMark,
                     List<InstrumentEntry> instruments, List<IndicatorEntry> indicators, RatingEntry rating,
                     List<BandEntry> gradeBands, List<OitEntry> oitItems, OitScoringEntry oitScoring) {

    record InstrumentEntry(String code, String nameTh, String nameEn, BigDecimal weight) {
    }

    record IndicatorEntry(int code, String instrument, String nameTh, String nameEn) {
    }

    /** Exactly one of the two kinds. */
    record RatingEntry(List<BandEntry> bands, List<LevelEntry> levels) {
    }

    /** {@code grade} is the old files' name of {@code code}; names default to the code (the letters are the names). */
    record BandEntry(String code, String grade, String nameTh, String nameEn, BigDecimal minScore) {

        String effectiveCode() {
            return Rating.normaliseCode(code != null ? code : grade);
        }
    }

    record LevelEntry(String code, String nameTh, String nameEn, BigDecimal minOverall,
                      Map<String, BigDecimal> minInstruments) {
    }

    record OitEntry(String code, int indicator, String titleTh, OitRole role, String carriedFrom, BigDecimal points) {
    }

    /** Optional: without it the OIT board gives no estimate. Indicator weights keyed by indicator code. */
    record OitScoringEntry(Boolean provisional, List<String> sources, BigDecimal itemPoints,
                           Map<Integer, BigDecimal> indicatorWeights) {

        OitScoring toScoring() {
            Map<IndicatorCode, BigDecimal> weights = new LinkedHashMap<>();
            if (indicatorWeights != null) {
                indicatorWeights.forEach((code, weight) -> weights.put(IndicatorCode.of(code), weight));
            }
            return new OitScoring(itemPoints, weights, Boolean.TRUE.equals(provisional),
                    sources == null ? List.of() : sources);
        }
    }

    /** Fails loudly on an inconsistent file: a broken framework must stop the start, not mis-rate quietly. */
    Framework toFramework() {
        List<FrameworkProblem> problems = new ArrayList<>();
        Framework framework = check(problems);
        if (!problems.isEmpty()) {
            throw new FrameworkFileException(fiscalYear, problems);
        }
        return framework;
    }

    /** Adds every problem of the file to {@code problems}; returns the framework as far as it could be built (null when a part is missing). */
    Framework check(List<FrameworkProblem> problems) {
        List<Instrument> instrumentList = instruments == null ? List.of() : instruments.stream()
                .map(i -> new Instrument(i.code(), i.nameTh(), i.nameEn(), i.weight())).toList();
        List<Indicator> indicatorList = indicators == null ? List.of() : indicators.stream()
                .map(i -> new Indicator(IndicatorCode.of(i.code()), i.instrument(), i.nameTh(), i.nameEn())).toList();
        for (int n = 0; n < indicatorList.size(); n++) {
            Indicator indicator = indicatorList.get(n);
            if (instrumentList.stream().noneMatch(i -> i.code().equals(indicator.instrument()))) {
                problems.add(new FrameworkProblem("indicators[" + n + "].instrument",
                        "framework.problem.unknownInstrument", String.valueOf(indicator.instrument())));
            }
        }
        RatingRule rule = ratingRule(problems);
        if (rule != null) {
            problems.addAll(rule.problems(rating == null ? "gradeBands" : "rating",
                    instrumentList.stream().map(Instrument::code).toList()));
        }
        List<OitItem> items = oitItems == null ? List.of() : oitItems.stream()
                .map(o -> new OitItem(o.code(), o.titleTh(), IndicatorCode.of(o.indicator()), o.role(),
                        o.carriedFrom() == null ? null : o.carriedFrom().strip(), o.points())).toList();
        for (int n = 0; n < items.size(); n++) {
            OitItem item = items.get(n);
            if (indicatorList.stream().noneMatch(i -> i.code().equals(item.indicator()))) {
                problems.add(new FrameworkProblem("oitItems[" + n + "].indicator",
                        "framework.problem.itemUnknownIndicator", item.code(), item.indicator().toString()));
            }
        }
        Map<OitRole, List<String>> byRole = items.stream().filter(i -> i.role() != null)
                .collect(Collectors.groupingBy(OitItem::role, Collectors.mapping(OitItem::code, Collectors.toList())));
        byRole.forEach((role, codes) -> {
            if (codes.size() > 1) {
                problems.add(new FrameworkProblem("oitItems", "framework.problem.duplicateRole", role.name(),
                        String.join(", ", codes)));
            }
        });
        Score mark = score(passMark, "passMark", problems);
        if (rule == null || mark == null) {
            return null;
        }
        return new Framework(FiscalYear.of(fiscalYear), mark, instrumentList, indicatorList, rule, items,
                Boolean.TRUE.equals(provisional), sources == null ? List.of() : sources,
                oitScoring == null || oitScoring.itemPoints() == null ? null : oitScoring.toScoring());
    }

    private RatingRule ratingRule(List<FrameworkProblem> problems) {
        boolean hasBands = rating != null && rating.bands() != null;
        boolean hasLevels = rating != null && rating.levels() != null;
        if (rating == null && gradeBands != null) {
            return bands(gradeBands, "gradeBands", problems);
        }
        if (hasBands == hasLevels || gradeBands != null) {
            problems.add(new FrameworkProblem("rating", "framework.problem.rating.kind"));
            return null;
        }
        return hasBands ? bands(rating.bands(), "rating.bands", problems) : levels(rating.levels(), problems);
    }

    private static RatingRule bands(List<BandEntry> entries, String path, List<FrameworkProblem> problems) {
        List<RatingRule.Level> levels = new ArrayList<>();
        for (int n = 0; n < entries.size(); n++) {
            BandEntry band = entries.get(n);
            String code = band.effectiveCode();
            Score min = score(band.minScore(), path + "[" + n + "].minScore", problems);
            if (min != null) {
                levels.add(new RatingRule.Level(new Rating(code, Objects.requireNonNullElse(band.nameTh(), code),
                        Objects.requireNonNullElse(band.nameEn(), code)), min, Map.of()));
            }
        }
        return new RatingRule(RatingRule.Kind.BANDS, levels);
    }

    private static RatingRule levels(List<LevelEntry> entries, List<FrameworkProblem> problems) {
        List<RatingRule.Level> levels = new ArrayList<>();
        for (int n = 0; n < entries.size(); n++) {
            LevelEntry entry = entries.get(n);
            String path = "rating.levels[" + n + "]";
            Score min = score(entry.minOverall(), path + ".minOverall", problems);
            Map<String, Score> minimums = new LinkedHashMap<>();
            if (entry.minInstruments() != null) {
                entry.minInstruments().forEach((instrument, value) -> {
                    Score score = score(value, path + ".minInstruments." + instrument, problems);
                    if (score != null) {
                        minimums.put(instrument, score);
                    }
                });
            }
            if (min != null) {
                levels.add(new RatingRule.Level(new Rating(Rating.normaliseCode(entry.code()), entry.nameTh(),
                        entry.nameEn()), min, minimums));
            }
        }
        return new RatingRule(RatingRule.Kind.LEVELS, levels);
    }

    private static Score score(BigDecimal value, String path, List<FrameworkProblem> problems) {
        if (value == null) {
            problems.add(new FrameworkProblem(path, "framework.problem.required"));
            return null;
        }
        try {
            return new Score(value);
        } catch (UserInputException e) {
            problems.add(new FrameworkProblem(path, "framework.problem.score", value.toPlainString()));
            return null;
        }
    }
}
