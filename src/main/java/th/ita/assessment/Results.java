package th.ita.assessment;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One organisation's published results of one year, as entered or imported: the overall score and grade
 * (either may be absent from the report at hand) and the known indicator scores. An indicator without a
 * score is unknown, not zero.
 */
public record Results(Score overallScore, Grade grade, Map<IndicatorCode, Score> scores) {

    public Results {
        scores = Collections.unmodifiableMap(new TreeMap<>(scores));
    }

    /** From the text fields of a form; Thai digits accepted, blank = unknown. */
    public static Results parse(String overallScore, String grade, Map<Integer, String> scoreTexts) {
        Map<IndicatorCode, Score> scores = new TreeMap<>();
        scoreTexts.forEach((code, text) -> {
            Score score = Score.parseOptional(text, Score.FIELD);
            if (score != null) {
                scores.put(IndicatorCode.of(code), score);
            }
        });
        return new Results(Score.parseOptional(overallScore, "assessment.field.overallScore"),
                Grade.parseOptional(grade, "assessment.field.grade"), scores);
    }
}
