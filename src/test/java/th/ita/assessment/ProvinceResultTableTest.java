package th.ita.assessment;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import th.ita.organisation.Organisation;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The province file's table, without a database: an Excel workbook is read by the same reader as a CSV file, a name
 * column beside the id is for the reader, an unknown column is refused by its header, and a result already recorded
 * needs the replace choice.
 */
class ProvinceResultTableTest {

    static final String PROVINCE = "เชียงใหม่";
    static final Organisation HOD = new Organisation(7, "เทศบาลตำบลบ้านตาล", "Ban Tan", "ฮอด", PROVINCE, null);

    /** One organisation (id 7) in the province, the FY 2566 framework only; {@code recorded} already has results. */
    static ProvinceResultTable.Lookups lookups(Set<Long> recorded) {
        return new ProvinceResultTable.Lookups() {
            @Override
            public Organisation organisation(String cell, String province) {
                if (cell.equals("7") || cell.equals(HOD.nameTh())) {
                    return HOD;
                }
                throw new UserInputException("assessment.province.error.unknownOrganisation", cell, province);
            }

            @Override
            public Optional<Framework> framework(FiscalYear year) {
                return year.buddhistYear() == 2566 ? Optional.of(TestFramework.fy2566()) : Optional.empty();
            }

            @Override
            public boolean hasResults(long organisationId, FiscalYear year) {
                return recorded.contains(organisationId);
            }
        };
    }

    @Test
    void anExcelWorkbook_withANameColumnBesideTheId_isRatedByTheYearsRule() throws IOException {
        byte[] xlsx = workbook(List.of(
                List.of("รหัสหน่วยงาน", "ชื่อหน่วยงาน", "ปีงบประมาณ", "คะแนนภาพรวม", "IIT", "EIT", "OIT", "1"),
                List.of(7, "เทศบาลตำบลบ้านตาล", 2566, 88.25, 90, 86, 89, 91.5)));

        List<ProvinceResultRow> rows = ProvinceResultTable.check(new ResultFileReader().rows("p.xlsx", xlsx), PROVINCE,
                false, lookups(Set.of()));

        assertThat(rows).hasSize(1);
        ProvinceResultRow row = rows.get(0);
        assertThat(row.row()).isEqualTo(2);
        assertThat(row.organisation()).isEqualTo(HOD);
        assertThat(row.rating().code()).isEqualTo("GOOD");
        assertThat(row.results().instrumentScores()).containsEntry("EIT", Score.of("86.00"));
        assertThat(row.results().scores()).isEqualTo(Map.of(IndicatorCode.of(1), Score.of("91.50")));
        assertThat(row.replaces()).isFalse();
    }

    @Test
    void anUnknownColumn_isRefusedByItsHeader() {
        ProvinceImportException e = catchThrowableOfType(ProvinceImportException.class, () -> check(
                "หน่วยงาน,ปีงบประมาณ,คะแนนภาพรวม,คะแนนพิเศษ\n7,2566,90,5\n", false, Set.of()));

        assertThat(e.problems()).extracting(ProvinceImportProblem::row, ProvinceImportProblem::column,
                        ProvinceImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "คะแนนพิเศษ",
                        "assessment.province.error.unknownColumn"));
    }

    @Test
    void aResultAlreadyRecorded_isRefused_unlessReplacing() {
        String file = "หน่วยงาน,ปีงบประมาณ,คะแนนภาพรวม\nเทศบาลตำบลบ้านตาล,๒๕๖๖,๘๐\n";

        ProvinceImportException e = catchThrowableOfType(ProvinceImportException.class,
                () -> check(file, false, Set.of(7L)));
        assertThat(e.problems()).extracting(ProvinceImportProblem::messageKey)
                .containsExactly("assessment.province.error.recorded");

        List<ProvinceResultRow> replacing = check(file, true, Set.of(7L));
        assertThat(replacing).singleElement().satisfies(row -> {
            assertThat(row.replaces()).isTrue();
            assertThat(row.overallScore()).isEqualTo(Score.of("80.00"));
            assertThat(row.rating().code()).isEqualTo("IMPROVE");
        });
    }

    private static List<ProvinceResultRow> check(String csv, boolean replace, Set<Long> recorded) {
        return ProvinceResultTable.check(new ResultFileReader().rows("p.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                PROVINCE, replace, lookups(recorded));
    }

    private static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("ผล ITA");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
