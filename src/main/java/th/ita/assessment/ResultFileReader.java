package th.ita.assessment;

import org.springframework.stereotype.Component;
import th.ita.shared.FileTypes;
import th.ita.shared.UserInputException;

import java.util.List;
import java.util.Set;

/**
 * Reads published ITA results from a CSV or an Excel (XLSX, first sheet) file. The layout, the same for both:
 *
 * <pre>
 * ผลการประเมิน ITA เทศบาลตำบลบ้านตาล 2565   &lt;- optional title rows before the table are ignored
 * overall,85.62                               &lt;- optional: overall score (also "คะแนนภาพรวม")
 * grade,A                                     &lt;- optional: published grade (also "ระดับผลการประเมิน")
 * indicator,score                             &lt;- required header (also "ตัวชี้วัด,คะแนน"), any column order
 * 1,
 * 2,83.09                                     &lt;- Thai digits welcome: ๒,๘๓.๐๙
 * 10,68.75
 * </pre>
 *
 * A blank score, or an indicator not listed, is unknown. Each indicator once; scores 0–100 with at most two
 * decimals; blank rows are skipped. The type is detected from the bytes (Tika), not trusted from the name;
 * CSV is read as UTF-8 (with or without BOM), falling back to Windows-874, what Thai Excel saves.
 * Sample: {@code src/test/resources/assessment/ban-tan-2565.csv}.
 */
@Component
public class ResultFileReader {

    /** Ten indicators and a few header rows fit in a few kilobytes; anything far larger is not a result file. */
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    static final Set<String> CSV_TYPES = Set.of("text/csv", "text/plain");
    static final Set<String> XLSX_TYPES = Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/x-tika-ooxml");

    public Results read(String fileName, byte[] content, Framework framework) {
        return ResultTableParser.parse(rows(fileName, content), framework);
    }

    List<RawRow> rows(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserInputException("assessment.import.error.empty", String.valueOf(fileName));
        }
        if (content.length > MAX_BYTES) {
            throw new UserInputException("assessment.import.error.tooLarge", fileName, String.valueOf(MAX_BYTES / 1024));
        }
        String type = FileTypes.detect(content, fileName);
        if (CSV_TYPES.contains(type)) {
            return CsvRows.read(content, fileName);
        }
        if (XLSX_TYPES.contains(type)) {
            return XlsxRows.read(content, fileName);
        }
        throw new UserInputException("assessment.import.error.type", String.valueOf(fileName), type);
    }
}
