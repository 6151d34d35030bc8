package th.ita.assessment;

import th.ita.shared.FiscalYear;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The structural checks of a framework file before it is stored: it is the year it is saved as, codes are unique,
 * every indicator names an instrument of the file and every OIT item an indicator of it, the instruments' weights
 * sum to 100, and the rating rule ({@link RatingRule#problems}) leaves no gap and no overlap. Every problem is
 * collected, so that one round of corrections fixes them all. Works on {@link FrameworkFile}, whatever fields it
 * gains: the reader has already refused unknown keys and badly typed values.
 */
final class FrameworkValidator {

    static final int MAX_INDICATOR = IndicatorCode.MAX;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int CODE_LENGTH = 10;
    private static final int NAME_LENGTH = 300;
    private static final int TITLE_LENGTH = 500;
    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);

    private FrameworkValidator() {
    }

    /** The checked framework of {@code year} from the file's text; {@link InvalidFrameworkException} otherwise. */
    static Framework parse(String source, FiscalYear year) {
        FrameworkFile file = FrameworkYaml.read(source);
        List<FrameworkProblem> problems = check(file, year);
        if (!problems.isEmpty()) {
            throw new InvalidFrameworkException(problems);
        }
        try {
            return file.toFramework();
        } catch (RuntimeException e) {
            // A rule of toFramework() this class does not know yet: still the administrator's file, still no save.
            throw new InvalidFrameworkException(List.of(FrameworkProblem.of("", "framework.problem.badInput")));
        }
    }

    static List<FrameworkProblem> check(FrameworkFile file, FiscalYear year) {
        List<FrameworkProblem> problems = new ArrayList<>();
        if (file.fiscalYear() != year.buddhistYear()) {
            problems.add(FrameworkProblem.of("fiscalYear", "framework.problem.yearMismatch",
                    file.fiscalYear(), year.buddhistYear()));
        }
        if (file.passMark() == null) {
            problems.add(FrameworkProblem.of("passMark", "framework.problem.required"));
        } else if (file.passMark().signum() < 0 || file.passMark().compareTo(HUNDRED) > 0) {
            problems.add(FrameworkProblem.of("passMark", "framework.problem.scoreRange"));
        }
        Set<String> instruments = checkInstruments(file, problems);
        Set<Integer> indicators = checkIndicators(file, instruments, problems);
        checkOitItems(file, indicators, problems);
        checkOitScoring(file, problems);
        ruleAndRoles(file, problems);
        return problems;
    }

    /**
     * The file's own checks ({@link FrameworkFile#check}): the rating rule of either kind and the OIT roles. Those of
     * a place this class has already found wrong are left out, so that each mistake is listed once.
     */
    private static void ruleAndRoles(FrameworkFile file, List<FrameworkProblem> problems) {
        List<FrameworkProblem> own = new ArrayList<>();
        try {
            file.check(own);
        } catch (RuntimeException incomplete) {
            // A part this class has already reported missing; its problem is in the list.
            return;
        }
        Set<String> reported = new HashSet<>();
        problems.forEach(p -> reported.add(p.path()));
        own.stream().filter(p -> reported.add(p.path())).forEach(problems::add);
    }

    private static Set<String> checkInstruments(FrameworkFile file, List<FrameworkProblem> problems) {
        Set<String> codes = new HashSet<>();
        Set<String> seen = new HashSet<>();
        if (file.instruments() == null || file.instruments().isEmpty()) {
            problems.add(FrameworkProblem.of("instruments", "framework.problem.required"));
            return codes;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean allWeighted = true;
        for (int i = 0; i < file.instruments().size(); i++) {
            FrameworkFile.InstrumentEntry instrument = file.instruments().get(i);
            String path = "instruments[" + i + "]";
            if (instrument == null) {
                problems.add(FrameworkProblem.of(path, "framework.problem.required"));
                allWeighted = false;
                continue;
            }
            if (code(instrument.code(), path + ".code", seen, problems)) {
                codes.add(instrument.code());
            }
            text(instrument.nameTh(), path + ".nameTh", NAME_LENGTH, problems);
            text(instrument.nameEn(), path + ".nameEn", NAME_LENGTH, problems);
            if (instrument.weight() == null) {
                problems.add(FrameworkProblem.of(path + ".weight", "framework.problem.required"));
                allWeighted = false;
            } else {
                sum = sum.add(instrument.weight());
            }
        }
        if (allWeighted && sum.compareTo(HUNDRED) != 0) {
            problems.add(FrameworkProblem.of("instruments", "framework.problem.weightsSum", sum.stripTrailingZeros()
                    .toPlainString()));
        }
        return codes;
    }

    private static Set<Integer> checkIndicators(FrameworkFile file, Set<String> instruments,
                                                List<FrameworkProblem> problems) {
        Set<Integer> codes = new HashSet<>();
        if (file.indicators() == null || file.indicators().isEmpty()) {
            problems.add(FrameworkProblem.of("indicators", "framework.problem.required"));
            return codes;
        }
        for (int i = 0; i < file.indicators().size(); i++) {
            FrameworkFile.IndicatorEntry indicator = file.indicators().get(i);
            String path = "indicators[" + i + "]";
            if (indicator == null) {
                problems.add(FrameworkProblem.of(path, "framework.problem.required"));
                continue;
            }
            if (indicator.code() < 1 || indicator.code() > MAX_INDICATOR) {
                problems.add(FrameworkProblem.of(path + ".code", "framework.problem.indicatorRange", MAX_INDICATOR));
            } else if (!codes.add(indicator.code())) {
                problems.add(FrameworkProblem.of(path + ".code", "framework.problem.duplicate", indicator.code()));
            }
            if (indicator.instrument() == null || indicator.instrument().isBlank()) {
                problems.add(FrameworkProblem.of(path + ".instrument", "framework.problem.required"));
            } else if (!instruments.contains(indicator.instrument())) {
                problems.add(FrameworkProblem.of(path + ".instrument", "framework.problem.unknownInstrument",
                        indicator.instrument()));
            }
            text(indicator.nameTh(), path + ".nameTh", NAME_LENGTH, problems);
            text(indicator.nameEn(), path + ".nameEn", NAME_LENGTH, problems);
        }
        return codes;
    }

    private static void checkOitItems(FrameworkFile file, Set<Integer> indicators, List<FrameworkProblem> problems) {
        if (file.oitItems() == null) {
            problems.add(FrameworkProblem.of("oitItems", "framework.problem.required"));
            return;
        }
        Set<String> codes = new HashSet<>();
        Set<String> carried = new HashSet<>();
        for (int i = 0; i < file.oitItems().size(); i++) {
            FrameworkFile.OitEntry item = file.oitItems().get(i);
            String path = "oitItems[" + i + "]";
            if (item == null) {
                problems.add(FrameworkProblem.of(path, "framework.problem.required"));
                continue;
            }
            code(item.code(), path + ".code", codes, problems);
            if (!indicators.contains(item.indicator())) {
                problems.add(FrameworkProblem.of(path + ".indicator", "framework.problem.unknownIndicator",
                        item.indicator()));
            }
            text(item.titleTh(), path + ".titleTh", TITLE_LENGTH, problems);
            if (item.points() != null) {
                points(item.points(), path + ".points", problems);
            }
            if (item.carriedFrom() != null) {
                // One earlier item's answers move to one item: two items carrying the same one would split them.
                code(item.carriedFrom(), path + ".carriedFrom", carried, problems);
            }
        }
    }

    /**
     * {@code oitScoring}, when given: positive points, and weights only for indicators that have OIT items, covering
     * all of them and summing to 100 (as the instruments' weights do).
     */
    private static void checkOitScoring(FrameworkFile file, List<FrameworkProblem> problems) {
        FrameworkFile.OitScoringEntry scoring = file.oitScoring();
        if (scoring == null) {
            return;
        }
        if (scoring.itemPoints() == null) {
            problems.add(FrameworkProblem.of("oitScoring.itemPoints", "framework.problem.required"));
        } else {
            points(scoring.itemPoints(), "oitScoring.itemPoints", problems);
        }
        if (scoring.indicatorWeights() == null || scoring.indicatorWeights().isEmpty()) {
            return;
        }
        Set<Integer> oitIndicators = new java.util.TreeSet<>();
        if (file.oitItems() != null) {
            file.oitItems().stream().filter(java.util.Objects::nonNull).forEach(i -> oitIndicators.add(i.indicator()));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (var weight : scoring.indicatorWeights().entrySet()) {
            String path = "oitScoring.indicatorWeights." + weight.getKey();
            if (!oitIndicators.contains(weight.getKey())) {
                problems.add(FrameworkProblem.of(path, "framework.problem.weightNotOit", weight.getKey()));
            } else if (weight.getValue() == null || weight.getValue().signum() <= 0) {
                problems.add(FrameworkProblem.of(path, "framework.problem.points"));
            } else {
                sum = sum.add(weight.getValue());
            }
        }
        oitIndicators.stream().filter(i -> !scoring.indicatorWeights().containsKey(i)).forEach(i -> problems.add(
                FrameworkProblem.of("oitScoring.indicatorWeights", "framework.problem.weightMissing", i)));
        if (problems.stream().noneMatch(p -> p.path().startsWith("oitScoring.indicatorWeights"))
                && sum.compareTo(HUNDRED) != 0) {
            problems.add(FrameworkProblem.of("oitScoring.indicatorWeights", "framework.problem.oitWeightsSum",
                    sum.stripTrailingZeros().toPlainString()));
        }
    }

    private static void points(BigDecimal value, String path, List<FrameworkProblem> problems) {
        if (value.signum() <= 0 || value.compareTo(MAX_POINTS) > 0 || value.scale() > 2) {
            problems.add(FrameworkProblem.of(path, "framework.problem.points"));
        }
    }

    /**
     * Each {@code carriedFrom} names an item of the framework the year follows (the newest earlier year stored), where
     * there is one: a code that is not there would move nothing, silently.
     */
    static List<FrameworkProblem> checkCarriedFrom(Framework next, Framework previous) {
        Set<String> codes = new HashSet<>();
        previous.oitItems().forEach(i -> codes.add(i.code().strip().toLowerCase(Locale.ROOT)));
        List<FrameworkProblem> problems = new ArrayList<>();
        for (int i = 0; i < next.oitItems().size(); i++) {
            String from = next.oitItems().get(i).carriedFrom();
            if (from != null && !codes.contains(from.toLowerCase(Locale.ROOT))) {
                problems.add(FrameworkProblem.of("oitItems[" + i + "].carriedFrom", "framework.problem.carriedFromUnknown",
                        from, previous.fiscalYear().buddhistYear()));
            }
        }
        return problems;
    }

    /** Whether the code is usable; codes are compared without case: "o4" and "O4" are the same item to an assessor. */
    private static boolean code(String code, String path, Set<String> seen, List<FrameworkProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(FrameworkProblem.of(path, "framework.problem.required"));
        } else if (code.length() > CODE_LENGTH) {
            problems.add(FrameworkProblem.of(path, "framework.problem.tooLong", CODE_LENGTH));
        } else if (!seen.add(code.strip().toLowerCase(Locale.ROOT))) {
            problems.add(FrameworkProblem.of(path, "framework.problem.duplicate", code));
        } else {
            return true;
        }
        return false;
    }

    /** The lengths are those of the ita_* columns. */
    private static void text(String value, String path, int maxLength, List<FrameworkProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FrameworkProblem.of(path, "framework.problem.required"));
        } else if (value.length() > maxLength) {
            problems.add(FrameworkProblem.of(path, "framework.problem.tooLong", maxLength));
        }
    }
}
