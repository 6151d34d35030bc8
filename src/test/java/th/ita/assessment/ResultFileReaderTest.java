package th.ita.assessment;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import th.ita.shared.UserInputException;
import th.ita.support.TestPdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading result files, good and bad, without a database (that nothing is saved is in AbstractAssessmentIT). */
class ResultFileReaderTest {

    private final ResultFileReader reader = new ResultFileReader();
    private final Framework framework = TestFramework.fy2566();

    @Test
    void sampleCsv_withThaiDigitsAndHeaderRows_readsOverallGradeAndThreeScores() throws IOException {
        Results results = reader.read("ban-tan-2565.csv", sample(), framework);
        assertThat(results.overallScore()).isEqualTo(Score.of("85.62"));
        assertThat(results.publishedRating()).isEqualTo("A");
        assertThat(results.scores()).containsOnlyKeys(IndicatorCode.of(2), IndicatorCode.of(4), IndicatorCode.of(10))
                .containsEntry(IndicatorCode.of(2), Score.of("83.09"));
    }

    @Test
    void instrumentRowsBeforeTheHeader_areTheInstrumentsPublishedScores_andARatingMayBeItsThaiName() {
        byte[] csv = "overall,94.64\ngrade,ผ่าน\nIIT,92.10\neit,๘๔\nOIT,99\nindicator,score\n1,95.20\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Results results = reader.read("2568.csv", csv, framework);
        assertThat(results.instrumentScores()).containsEntry("IIT", Score.of("92.10")).containsEntry("EIT", Score.of("84"))
                .containsEntry("OIT", Score.of("99"));
        assertThat(results.publishedRating()).isEqualTo("ผ่าน");
        assertThat(results.scores()).containsOnlyKeys(IndicatorCode.of(1));
    }

    @Test
    void xlsxWithNumericAndTextCells_readsLikeTheCsv() throws IOException {
        byte[] xlsx = xlsx(new Object[][]{{"overall", 85.62}, {"grade", "A"}, {"ตัวชี้วัด", "คะแนน"},
                {2.0, 83.09}, {"๔", "๘๑.๑๓"}, {10.0, 68.75}, {1.0, null}});
        Results results = reader.read("ผล.xlsx", xlsx, framework);
        assertThat(results.overallScore()).isEqualTo(Score.of("85.62"));
        assertThat(results.scores()).hasSize(3).containsEntry(IndicatorCode.of(4), Score.of("81.13"));
    }

    @Test
    void csvSavedByThaiExcelInWindows874_isReadToo() {
        byte[] content = "ตัวชี้วัด,คะแนน\n2,83.09\n".getBytes(Charset.forName("x-windows-874"));
        assertThat(reader.read("ผล.csv", content, framework).scores()).containsEntry(IndicatorCode.of(2), Score.of("83.09"));
    }

    @Test
    void eachBadRow_isReportedWithRowFieldAndKey() {
        String csv = "indicator,score\n1,100.5\n2,83.095\n11,50\n2,80\n3,abc\nx,50\n";
        assertThatThrownBy(() -> reader.read("bad.csv", csv.getBytes(StandardCharsets.UTF_8), framework))
                .isInstanceOfSatisfying(AssessmentImportException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("assessment.import.error.rows");
                    assertThat(e.problems()).extracting(ImportProblem::row, ImportProblem::fieldKey, ImportProblem::messageKey)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple(2, "assessment.field.score", "assessment.error.scoreRange"),
                                    org.assertj.core.groups.Tuple.tuple(3, "assessment.field.score", "assessment.error.scoreDecimals"),
                                    org.assertj.core.groups.Tuple.tuple(4, "assessment.field.indicator", "assessment.error.unknownIndicator"),
                                    org.assertj.core.groups.Tuple.tuple(5, "assessment.field.indicator", "assessment.import.error.duplicate"),
                                    org.assertj.core.groups.Tuple.tuple(6, "assessment.field.score", "assessment.error.number"),
                                    org.assertj.core.groups.Tuple.tuple(7, "assessment.field.indicator", "assessment.error.number"));
                    assertThat(e.notShown()).isZero();
                });
    }

    @Test
    void tenThousandRowsOfGarbage_reportTwentyAndCountTheRest() {
        StringBuilder csv = new StringBuilder("indicator,score\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("garbage").append(i).append(",??\n");
        }
        assertThatThrownBy(() -> reader.read("garbage.csv", csv.toString().getBytes(StandardCharsets.UTF_8), framework))
                .isInstanceOfSatisfying(AssessmentImportException.class, e -> {
                    assertThat(e.problems()).hasSize(ResultTableParser.MAX_REPORTED);
                    assertThat(e.notShown()).isEqualTo(10_000 - ResultTableParser.MAX_REPORTED);
                    assertThat(e.arguments()).containsExactly("10000");
                });
    }

    @Test
    void emptyFile_isRejected() {
        assertRejected("empty.csv", new byte[0], "assessment.import.error.empty");
        assertRejected("blank.csv", "\n , \n".getBytes(StandardCharsets.UTF_8), "assessment.import.error.empty");
    }

    @Test
    void fileWithoutIndicatorAndScoreColumns_isRejected() {
        assertRejected("cols.csv", "code,value\n2,83.09\n".getBytes(StandardCharsets.UTF_8),
                "assessment.import.error.missingColumns");
    }

    @Test
    void pdfNamedCsv_isNotCsvOrXlsx() {
        assertRejected("results.csv", TestPdf.minimal("x"), "assessment.import.error.type");
    }

    @Test
    void zipNamedXlsx_isUnreadable() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        UserInputException e = rejected("results.xlsx", zip.toByteArray());
        assertThat(e.messageKey()).isIn("assessment.import.error.unreadable", "assessment.import.error.type");
    }

    private void assertRejected(String name, byte[] content, String key) {
        assertThat(rejected(name, content).messageKey()).isEqualTo(key);
    }

    private UserInputException rejected(String name, byte[] content) {
        try {
            reader.read(name, content, framework);
        } catch (UserInputException e) {
            return e;
        }
        throw new AssertionError(name + " was accepted");
    }

    static byte[] sample() throws IOException {
        try (InputStream in = ResultFileReaderTest.class.getResourceAsStream("/assessment/ban-tan-2565.csv")) {
            return in.readAllBytes();
        }
    }

    /** A real workbook made with POI: numbers as numeric cells, text as text cells, null as no cell. */
    static byte[] xlsx(Object[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("ITA");
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
