package th.ita.assessment;

import th.ita.shared.UserInputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the rows of a result file into {@link Results} (layout: {@link ResultFileReader}). Checks every row
 * before anything is saved and reports at most {@link #MAX_REPORTED} problems, with a count of the rest.
 */
final class ResultTableParser {

    static final int MAX_REPORTED = 20;
    static final String FIELD_INDICATOR = "assessment.field.indicator";
    static final String FIELD_OVERALL = "assessment.field.overallScore";
    static final String FIELD_GRADE = "assessment.field.grade";
    static final String FIELD_INSTRUMENT = "assessment.field.instrumentScore";

    private static final Set<String> INDICATOR_HEADERS = Set.of("indicator", "ตัวชี้วัด");
    private static final Set<String> SCORE_HEADERS = Set.of("score", "คะแนน");
    private static final Set<String> OVERALL_KEYS = Set.of("overall", "overall score", "คะแนนภาพรวม", "คะแนนรวม");
    private static final Set<String> GRADE_KEYS = Set.of("grade", "ระดับ", "ระดับผลการประเมิน");

    private final Framework framework;
    private final List<ImportProblem> problems = new ArrayList<>();
    private int notShown;
    private Score overall;
    private String rating;
    private final Map<String, Score> instruments = new TreeMap<>();
    private final Map<IndicatorCode, Score> scores = new TreeMap<>();
    private final Map<IndicatorCode, Integer> firstRowOf = new HashMap<>();

    private ResultTableParser(Framework framework) {
        this.framework = framework;
    }

    static Results parse(List<RawRow> rows, Framework framework) {
        return new ResultTableParser(framework).run(rows);
    }

    private Results run(List<RawRow> rows) {
        List<RawRow> filled = rows.stream().filter(row -> !row.isBlank()).toList();
        if (filled.isEmpty()) {
            throw new UserInputException("assessment.import.error.empty", "");
        }
        int header = -1;
        for (int i = 0; i < filled.size() && header < 0; i++) {
            RawRow row = filled.get(i);
            String key = RawRow.normalise(row.cell(0));
            if (row.columnOf(INDICATOR_HEADERS) >= 0 && row.columnOf(SCORE_HEADERS) >= 0) {
                header = i;
            } else if (OVERALL_KEYS.contains(key)) {
                attempt(row.number(), FIELD_OVERALL, () -> overall = Score.parse(row.cell(1), FIELD_OVERALL));
            } else if (GRADE_KEYS.contains(key)) {
                attempt(row.number(), FIELD_GRADE, () -> rating = requiredCode(row.cell(1)));
            } else if (isInstrument(row.cell(0))) {
                String instrument = Rating.normaliseCode(row.cell(0));
                attempt(row.number(), FIELD_INSTRUMENT, () -> instruments.put(instrument, Score.parse(row.cell(1), FIELD_INSTRUMENT)));
            }
            // Anything else before the header is a title or a note, as spreadsheets often have.
        }
        if (header < 0) {
            throw new UserInputException("assessment.import.error.missingColumns");
        }
        int indicatorColumn = filled.get(header).columnOf(INDICATOR_HEADERS);
        int scoreColumn = filled.get(header).columnOf(SCORE_HEADERS);
        for (RawRow row : filled.subList(header + 1, filled.size())) {
            readScore(row, indicatorColumn, scoreColumn);
        }
        if (!problems.isEmpty()) {
            throw new AssessmentImportException(problems, notShown);
        }
        return new Results(overall, rating, instruments, scores);
    }

    /** A row "IIT", "EIT" or "OIT" (the year's instrument codes) before the header: that instrument's published score. */
    private boolean isInstrument(String cell) {
        String code = Rating.normaliseCode(cell);
        return code != null && framework.instrument(code).isPresent();
    }

    /** Whether the year's rule knows the code is checked when saving, with the rule's codes in the message. */
    private static String requiredCode(String cell) {
        String code = Rating.normaliseCode(cell);
        if (code == null) {
            throw new UserInputException("error.required", new th.ita.shared.RequiredText.FieldName(FIELD_GRADE));
        }
        return code;
    }

    private void readScore(RawRow row, int indicatorColumn, int scoreColumn) {
        IndicatorCode code;
        try {
            code = IndicatorCode.parse(row.cell(indicatorColumn), FIELD_INDICATOR);
        } catch (UserInputException e) {
            problem(row.number(), FIELD_INDICATOR, e);
            return;
        }
        if (framework.indicator(code).isEmpty()) {
            problem(row.number(), FIELD_INDICATOR, "assessment.error.unknownIndicator", code.toString());
            return;
        }
        Integer first = firstRowOf.putIfAbsent(code, row.number());
        if (first != null) {
            problem(row.number(), FIELD_INDICATOR, "assessment.import.error.duplicate", code.toString(), String.valueOf(first));
            return;
        }
        attempt(row.number(), Score.FIELD, () -> {
            Score score = Score.parseOptional(row.cell(scoreColumn), Score.FIELD);
            if (score != null) {
                scores.put(code, score);
            }
        });
    }

    private void attempt(int row, String fieldKey, Runnable read) {
        try {
            read.run();
        } catch (UserInputException e) {
            problem(row, fieldKey, e);
        }
    }

    private void problem(int row, String fieldKey, UserInputException e) {
        problem(row, fieldKey, e.messageKey(), e.arguments());
    }

    private void problem(int row, String fieldKey, String messageKey, Object... arguments) {
        if (problems.size() < MAX_REPORTED) {
            problems.add(new ImportProblem(row, fieldKey, messageKey, List.of(arguments)));
        } else {
            notShown++;
        }
    }
}
