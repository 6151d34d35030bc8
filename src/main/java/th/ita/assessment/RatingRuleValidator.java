package th.ita.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of a framework's rating rule: every score from 0 to 100 gets exactly one rating. Today's rule is
 * {@code gradeBands}, each a grade and its lowest score; a band reaches up to the next better grade's start, so the
 * ranges can only leave a gap below the lowest start (no band from 0) and can only overlap when a better grade
 * does not start strictly above a worse one. Other kinds of rule (levels with per-instrument minimums) get their
 * checks here.
 */
final class RatingRuleValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RatingRuleValidator() {
    }

    static void check(FrameworkFile file, List<FrameworkProblem> problems) {
        List<FrameworkFile.BandEntry> bands = file.gradeBands();
        if (bands == null || bands.isEmpty()) {
            problems.add(FrameworkProblem.of("gradeBands", "framework.problem.required"));
            return;
        }
        int before = problems.size();
        Map<Grade, Integer> positions = new EnumMap<>(Grade.class);
        for (int i = 0; i < bands.size(); i++) {
            FrameworkFile.BandEntry band = bands.get(i);
            String path = "gradeBands[" + i + "]";
            if (band == null) {
                problems.add(FrameworkProblem.of(path, "framework.problem.required"));
                continue;
            }
            if (band.grade() == null) {
                problems.add(FrameworkProblem.of(path + ".grade", "framework.problem.required"));
            } else if (positions.putIfAbsent(band.grade(), i) != null) {
                problems.add(FrameworkProblem.of(path + ".grade", "framework.problem.duplicate", band.grade()));
            }
            if (band.minScore() == null) {
                problems.add(FrameworkProblem.of(path + ".minScore", "framework.problem.required"));
            } else if (band.minScore().signum() < 0 || band.minScore().compareTo(HUNDRED) > 0) {
                problems.add(FrameworkProblem.of(path + ".minScore", "framework.problem.scoreRange"));
            }
        }
        if (problems.size() > before) {
            return;
        }
        List<Integer> byGrade = new ArrayList<>(positions.values());
        byGrade.sort(Comparator.comparing(i -> bands.get(i).grade()));
        for (int n = 0; n + 1 < byGrade.size(); n++) {
            FrameworkFile.BandEntry better = bands.get(byGrade.get(n));
            FrameworkFile.BandEntry worse = bands.get(byGrade.get(n + 1));
            if (better.minScore().compareTo(worse.minScore()) <= 0) {
                problems.add(FrameworkProblem.of("gradeBands[" + byGrade.get(n) + "].minScore",
                        "framework.problem.bandOverlap", better.grade(), worse.grade(), worse.minScore().toPlainString()));
            }
        }
        BigDecimal lowest = bands.stream().map(FrameworkFile.BandEntry::minScore).min(Comparator.naturalOrder())
                .orElseThrow();
        if (lowest.signum() > 0) {
            problems.add(FrameworkProblem.of("gradeBands", "framework.problem.bandGap", lowest.toPlainString()));
        }
    }
}
