package th.ita.assessment;

import th.ita.organisation.Organisation;
import th.ita.shared.FiscalYear;
import th.ita.shared.RequiredText;
import th.ita.shared.ThaiNumbers;
import th.ita.shared.UserInputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns the rows of a province's result file (read by {@link ResultFileReader}, layout in docs/RESULTS-IMPORT.md) into
 * checked rows, one per organisation and year. Every row is checked before anything is saved; each problem names
 * its row and column. Which indicators and instruments a row may carry is its own year's framework's business.
 */
final class ProvinceResultTable {

    static final int MAX_REPORTED = 100;
    static final String FIELD_ORGANISATION = "assessment.province.field.organisation";

    /** What the table needs to know of the world; the service answers from the database. */
    interface Lookups {
        /** The organisation the cell names in the province, or a problem (unknown, ambiguous, another province). */
        Organisation organisation(String cell, String province);

        Optional<Framework> framework(FiscalYear year);

        boolean hasResults(long organisationId, FiscalYear year);
    }

    private static final Set<String> ORGANISATION = Set.of("organisation", "organization", "หน่วยงาน", "รหัสหน่วยงาน",
            "ชื่อหน่วยงาน", "องค์กรปกครองส่วนท้องถิ่น");
    private static final Set<String> YEAR = Set.of("fiscal year", "fiscalyear", "fiscal_year", "year", "ปีงบประมาณ",
            "ปี", "ปีงบประมาณ (พ.ศ.)");
    private static final Set<String> OVERALL = Set.of("overall", "overall score", "คะแนนภาพรวม", "คะแนนรวม");
    private static final Set<String> RATING = Set.of("grade", "rating", "ระดับ", "ระดับผลการประเมิน");
    private static final Set<String> NOTES = Set.of("note", "notes", "หมายเหตุ");
    /** IIT, EIT, OIT: whether the row's year has such an instrument is checked by row. */
    private static final Pattern INSTRUMENT = Pattern.compile("[A-Za-z]{2,5}");

    private final String province;
    private final boolean replace;
    private final Lookups lookups;
    private final List<ProvinceImportProblem> problems = new ArrayList<>();
    private int notShown;

    private ProvinceResultTable(String province, boolean replace, Lookups lookups) {
        this.province = province;
        this.replace = replace;
        this.lookups = lookups;
    }

    static List<ProvinceResultRow> check(List<RawRow> rows, String province, boolean replace, Lookups lookups) {
        return new ProvinceResultTable(province, replace, lookups).run(rows);
    }

    /** The columns of the header row: where the organisation, the year, the scores and the rating are. */
    private record Columns(RawRow header, int organisation, int year, int overall, int rating,
                           Map<Integer, String> instruments, Map<Integer, IndicatorCode> indicators) {

        String name(int column) {
            return header.cell(column);
        }
    }

    private List<ProvinceResultRow> run(List<RawRow> rows) {
        List<RawRow> filled = rows.stream().filter(row -> !row.isBlank()).toList();
        if (filled.isEmpty()) {
            throw new UserInputException("assessment.import.error.empty", "");
        }
        int headerIndex = -1;
        for (int i = 0; i < filled.size() && headerIndex < 0; i++) {
            if (filled.get(i).columnOf(ORGANISATION) >= 0 && filled.get(i).columnOf(YEAR) >= 0) {
                headerIndex = i;
            }
            // Rows before the header are titles or notes, as spreadsheets often have.
        }
        if (headerIndex < 0) {
            throw new UserInputException("assessment.province.error.missingColumns");
        }
        Columns columns = columns(filled.get(headerIndex));
        List<ProvinceResultRow> checked = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (RawRow row : filled.subList(headerIndex + 1, filled.size())) {
            ProvinceResultRow result = row(row, columns);
            if (result == null) {
                continue;
            }
            String key = result.organisation().id() + "/" + result.fiscalYear().buddhistYear();
            Integer first = firstRowOf.putIfAbsent(key, row.number());
            if (first != null) {
                problem(row.number(), columns.name(columns.organisation()), "assessment.province.error.duplicate",
                        result.organisation().nameTh(), result.fiscalYear().toString(), String.valueOf(first));
            } else if (result.replaces() && !replace) {
                problem(row.number(), columns.name(columns.organisation()), "assessment.province.error.recorded",
                        result.organisation().nameTh(), result.fiscalYear().toString());
            } else {
                checked.add(result);
            }
        }
        if (checked.isEmpty() && problems.isEmpty()) {
            throw new UserInputException("assessment.import.error.empty", "");
        }
        if (!problems.isEmpty()) {
            throw new ProvinceImportException(problems, notShown);
        }
        return checked;
    }

    private Columns columns(RawRow header) {
        int organisation = header.columnOf(ORGANISATION);
        int year = header.columnOf(YEAR);
        int overall = header.columnOf(OVERALL);
        int rating = header.columnOf(RATING);
        Map<Integer, String> instruments = new LinkedHashMap<>();
        Map<Integer, IndicatorCode> indicators = new TreeMap<>();
        Map<Object, Integer> seen = new HashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String text = header.cell(c);
            String key = RawRow.normalise(text);
            // A second organisation column (the name beside the id) is for the reader of the file: ignored.
            if (c == organisation || c == year || c == overall || c == rating || key.isEmpty() || NOTES.contains(key)
                    || ORGANISATION.contains(key)) {
                continue;
            }
            Object column = columnOf(text);
            if (column == null) {
                problem(header.number(), text, "assessment.province.error.unknownColumn", text);
                continue;
            }
            Integer first = seen.putIfAbsent(column, c);
            if (first != null) {
                problem(header.number(), text, "assessment.province.error.duplicateColumn", text);
            } else if (column instanceof IndicatorCode code) {
                indicators.put(c, code);
            } else {
                instruments.put(c, (String) column);
            }
        }
        return new Columns(header, organisation, year, overall, rating, instruments, indicators);
    }

    /** An indicator ("5", "๕", "ตัวชี้วัดที่ 5") or an instrument code ("EIT"); null for anything else. */
    private static Object columnOf(String text) {
        String stripped = text.strip();
        if (INSTRUMENT.matcher(stripped).matches()) {
            return Rating.normaliseCode(stripped);
        }
        try {
            return IndicatorCode.parse(stripped, ResultTableParser.FIELD_INDICATOR);
        } catch (UserInputException notAnIndicator) {
            return null;
        }
    }

    /** The row checked, or null (its problems recorded) when it cannot be. */
    private ProvinceResultRow row(RawRow row, Columns columns) {
        int before = problems.size() + notShown;
        Organisation organisation = attempt(row, columns.name(columns.organisation()),
                () -> lookups.organisation(required(row.cell(columns.organisation()), FIELD_ORGANISATION), province));
        FiscalYear year = attempt(row, columns.name(columns.year()),
                () -> FiscalYear.parse(required(row.cell(columns.year()), "assessment.field.fiscalYear"),
                        "assessment.field.fiscalYear"));
        Framework framework = year == null ? null : lookups.framework(year).orElse(null);
        if (year != null && framework == null) {
            problem(row.number(), columns.name(columns.year()), "assessment.error.noFramework", year.toString());
        }
        if (framework == null) {
            return null;
        }
        Score overall = columns.overall() < 0 ? null : attempt(row, columns.name(columns.overall()),
                () -> Score.parseOptional(row.cell(columns.overall()), ResultTableParser.FIELD_OVERALL));
        Rating published = columns.rating() < 0 ? null : attempt(row, columns.name(columns.rating()),
                () -> published(row.cell(columns.rating()), framework));
        Map<String, Score> instruments = new TreeMap<>();
        columns.instruments().forEach((c, code) -> {
            Score score = attempt(row, columns.name(c), () -> Score.parseOptional(row.cell(c), ResultTableParser.FIELD_INSTRUMENT));
            if (score != null && framework.instrument(code).isEmpty()) {
                problem(row.number(), columns.name(c), "assessment.error.unknownInstrument", code, instrumentCodes(framework));
            } else if (score != null) {
                instruments.put(code, score);
            }
        });
        Map<IndicatorCode, Score> scores = new TreeMap<>();
        columns.indicators().forEach((c, code) -> {
            Score score = attempt(row, columns.name(c), () -> Score.parseOptional(row.cell(c), Score.FIELD));
            if (score != null && framework.indicator(code).isEmpty()) {
                problem(row.number(), columns.name(c), "assessment.error.unknownIndicator", code.toString());
            } else if (score != null) {
                scores.put(code, score);
            }
        });
        if (problems.size() + notShown > before || organisation == null) {
            return null;
        }
        if (overall == null && instruments.isEmpty() && scores.isEmpty()) {
            problem(row.number(), "", "assessment.province.error.noScores");
            return null;
        }
        Results results = new Results(overall, published == null ? null : published.code(), instruments, scores);
        AssessmentRepository.Recorded recorded = AssessmentService.completed(framework, results, published);
        Rating rating = recorded.rating() == null ? null : framework.ratingRule().rating(recorded.rating()).orElse(null);
        return new ProvinceResultRow(row.number(), organisation, year, results, recorded.overallScore(), rating,
                lookups.hasResults(organisation.id(), year));
    }

    private static Rating published(String cell, Framework framework) {
        String code = Rating.normaliseCode(cell);
        if (code == null) {
            return null;
        }
        return framework.ratingRule().find(code).orElseThrow(() -> new UserInputException("assessment.error.rating",
                cell.strip(), framework.fiscalYear().toString(), String.join(", ",
                        framework.ratingRule().ratings().stream().map(Rating::code).toList())));
    }

    private static String instrumentCodes(Framework framework) {
        return String.join(", ", framework.instruments().stream().map(Instrument::code).toList());
    }

    private static String required(String cell, String fieldKey) {
        if (cell.isBlank()) {
            throw new UserInputException("error.required", new RequiredText.FieldName(fieldKey));
        }
        return cell;
    }

    private <T> T attempt(RawRow row, String column, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (UserInputException e) {
            problem(row.number(), column, e.messageKey(), e.arguments());
            return null;
        }
    }

    private void problem(int row, String column, String messageKey, Object... arguments) {
        if (problems.size() < MAX_REPORTED) {
            problems.add(new ProvinceImportProblem(row, column, messageKey, List.of(arguments)));
        } else {
            notShown++;
        }
    }

    /** The organisation's id when the cell is digits only (Thai or Arabic), else empty: then it is a name. */
    static Optional<Long> id(String cell) {
        String digits = ThaiNumbers.toArabicDigits(cell.strip());
        return digits.matches("\\d{1,18}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }
}
