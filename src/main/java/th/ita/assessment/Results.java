package th.ita.assessment;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One organisation's published results of one year, as entered or imported: the overall score, the rating
 * as published ({@code publishedRating}, a code or name of the year's rule), the instruments' scores (IIT, EIT, OIT)
 * and the known indicator scores. Any of them may be absent from the report at hand; an indicator without a
 * score is unknown, not zero.
 */
public record Results(Score overallScore, String publishedRating, Map<String, Score> instrumentScores,
                      Map<IndicatorCode, Score> scores) {

    public Results {
        publishedRating = Rating.normaliseCode(publishedRating);
        instrumentScores = Collections.unmodifiableMap(new TreeMap<>(instrumentScores));
        scores = Collections.unmodifiableMap(new TreeMap<>(scores));
    }

    /** Without instrument scores (a report that gives only the overall score and indicators). */
    public Results(Score overallScore, String publishedRating, Map<IndicatorCode, Score> scores) {
        this(overallScore, publishedRating, Map.of(), scores);
    }

    /** From text without instrument scores; Thai digits accepted, blank = unknown. */
    public static Results parse(String overallScore, String rating, Map<Integer, String> scoreTexts) {
        return parse(overallScore, rating, Map.of(), scoreTexts);
    }

    /** From the text fields of a form; Thai digits accepted, blank = unknown. */
    public static Results parse(String overallScore, String rating, Map<String, String> instrumentTexts,
                                Map<Integer, String> scoreTexts) {
        Map<IndicatorCode, Score> scores = new TreeMap<>();
        scoreTexts.forEach((code, text) -> {
            Score score = Score.parseOptional(text, Score.FIELD);
            if (score != null) {
                scores.put(IndicatorCode.of(code), score);
            }
        });
        Map<String, Score> instruments = new TreeMap<>();
        instrumentTexts.forEach((code, text) -> {
            Score score = Score.parseOptional(text, "assessment.field.instrumentScore");
            if (score != null) {
                instruments.put(code, score);
            }
        });
        return new Results(Score.parseOptional(overallScore, "assessment.field.overallScore"), rating, instruments, scores);
    }
}
