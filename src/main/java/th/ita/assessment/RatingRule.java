package th.ita.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one fiscal year turns scores into a rating; data of the year's framework, since NACC changed the rule
 * (letter grades by the overall score up to the 2565 results, levels that also ask a minimum of each instrument
 * from 2566 on) and may change it again.
 * <p>
 * Levels are tried from the highest overall minimum down, in file order among equal minimums, and the first
 * whose conditions all hold is the rating: 94.64 overall with an EIT of 84 misses ผ่านดี (each instrument ≥ 85)
 * and gets ผ่าน (overall ≥ 85).
 */
public record RatingRule(Kind kind, List<Level> levels) {

    public enum Kind {
        /** By the overall score alone (AA…F). */
        BANDS,
        /** By the overall score and minimums of instrument scores. */
        LEVELS
    }

    /** A rating and what it asks: the overall score at least {@code minOverall}, each named instrument at least its minimum. */
    public record Level(Rating rating, Score minOverall, Map<String, Score> minInstruments) {

        public Level {
            minInstruments = Map.copyOf(minInstruments);
        }

        /** Empty when an instrument score this level asks for is unknown: then whether it holds is unknown too. */
        Optional<Boolean> holds(Score overall, Map<String, Score> instruments) {
            if (overall.isBelow(minOverall)) {
                return Optional.of(false);
            }
            boolean unknown = false;
            for (Map.Entry<String, Score> minimum : minInstruments.entrySet()) {
                Score score = instruments.get(minimum.getKey());
                if (score == null) {
                    unknown = true;
                } else if (score.isBelow(minimum.getValue())) {
                    return Optional.of(false);
                }
            }
            return unknown ? Optional.empty() : Optional.of(true);
        }

        /** Every score this level accepts, the other accepts too: so a level after the other one is never given. */
        boolean accepts(Level other) {
            return !other.minOverall.isBelow(minOverall) && minInstruments.entrySet().stream().allMatch(m ->
                    other.minInstruments.containsKey(m.getKey()) && !other.minInstruments.get(m.getKey()).isBelow(m.getValue()));
        }
    }

    public RatingRule {
        levels = levels.stream().sorted(Comparator.comparing(Level::minOverall).reversed()).toList();
    }

    /**
     * The rating the rule gives, or empty when it cannot tell: no overall score, or a level that would hold
     * on the overall score asks for an instrument score that is not known.
     */
    public Optional<Rating> rate(Score overall, Map<String, Score> instruments) {
        if (overall == null) {
            return Optional.empty();
        }
        for (Level level : levels) {
            Optional<Boolean> holds = level.holds(overall, instruments);
            if (holds.isEmpty()) {
                return Optional.empty();
            }
            if (holds.get()) {
                return Optional.of(level.rating());
            }
        }
        return Optional.empty();
    }

    public Optional<Rating> rating(String code) {
        return levels.stream().map(Level::rating).filter(r -> r.code().equals(code)).findFirst();
    }

    /** A rating as a result file or form gives it: its code, or its Thai or English name (any case). */
    public Optional<Rating> find(String codeOrName) {
        String wanted = codeOrName == null ? "" : codeOrName.strip();
        return levels.stream().map(Level::rating).filter(r -> r.code().equalsIgnoreCase(wanted)
                || wanted.equals(r.nameTh()) || wanted.equalsIgnoreCase(r.nameEn())).findFirst();
    }

    public List<Rating> ratings() {
        return levels.stream().map(Level::rating).toList();
    }

    /**
     * What is wrong with the rule, by path under {@code pathPrefix}: duplicate or blank codes and names, an
     * unknown instrument, minimums of instruments in a rule by the overall score alone, a level that an
     * earlier one always takes first (overlap) and scores no level rates (gap).
     */
    public List<FrameworkProblem> problems(String pathPrefix, Collection<String> instrumentCodes) {
        List<FrameworkProblem> problems = new ArrayList<>();
        if (levels.isEmpty()) {
            problems.add(new FrameworkProblem(pathPrefix, "framework.problem.rating.empty"));
            return problems;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            String path = pathPrefix + "[" + level.rating().code() + "]";
            if (isBlank(level.rating().code()) || isBlank(level.rating().nameTh()) || isBlank(level.rating().nameEn())) {
                problems.add(new FrameworkProblem(path, "framework.problem.rating.blank"));
            } else if (!codes.add(level.rating().code())) {
                problems.add(new FrameworkProblem(path, "framework.problem.rating.duplicate", level.rating().code()));
            }
            if (kind == Kind.BANDS && !level.minInstruments().isEmpty()) {
                problems.add(new FrameworkProblem(path, "framework.problem.rating.bandWithInstruments", level.rating().code()));
            }
            level.minInstruments().keySet().stream().filter(code -> !instrumentCodes.contains(code)).sorted()
                    .forEach(code -> problems.add(new FrameworkProblem(path + ".minInstruments." + code,
                            "framework.problem.rating.unknownInstrument", code)));
            for (int j = 0; j < i; j++) {
                if (levels.get(j).accepts(level)) {
                    problems.add(new FrameworkProblem(path, "framework.problem.rating.overlap", level.rating().code(),
                            levels.get(j).rating().code()));
                    break;
                }
            }
        }
        Level last = levels.get(levels.size() - 1);
        if (last.minOverall().value().signum() != 0 || !last.minInstruments().isEmpty()) {
            problems.add(new FrameworkProblem(pathPrefix, "framework.problem.rating.gap", last.minOverall().toString()));
        }
        return problems;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
