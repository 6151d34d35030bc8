package th.ita.report;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import th.ita.plan.PlanService;
import th.ita.plan.PlanSummary;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.support.TestUsers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo year-end report as the municipality publishes it (OIT evidence on its website). Its PDF text layer must
 * give back the very strings the report was written from (Unicode NFC, marks after their letters, sara am U+0E33
 * as one character) for PDFBox and for poppler's {@code pdftotext} alike: search engines, copy and paste and
 * screen readers read that layer, not the picture. Its DOCX must carry Sarabun, and survive LibreOffice.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedDemoReportTest {

    /** Sara am, and an upper vowel with a tone mark: the two strings the issue found broken. */
    static final String DONE = "ดำเนินการแล้ว";
    static final String INDICATOR = "ตัวชี้วัด";
    static final String[] STRINGS = {DONE, INDICATOR, "ยังไม่ได้ดำเนินการ", "เทศบาลตำบลบ้านตาล",
            "คะแนนภาพรวมของหน่วยงานที่ได้ ๘๕.๖๒ คะแนน"};
    /** Nikhahit + sara aa: how a broken text layer spells sara am. */
    static final String DECOMPOSED_SARA_AM = "\u0E4D\u0E32";

    @Autowired YearEndReportService reports;
    @Autowired PlanService plans;
    @Autowired TestUsers users;

    byte[] pdf;
    byte[] docx;

    @BeforeAll
    void demoReport() {
        CurrentUser coordinator = users.user("coordinator");
        long demo = plans.list(users.user("coordinator")).stream().filter(p -> p.fiscalYear().equals(FiscalYear.of(2566)))
                .map(PlanSummary::id).findFirst().orElseThrow();
        pdf = reports.pdf(demo, coordinator);
        docx = reports.docx(demo, coordinator);
        keep("demo-report.pdf", pdf);
        keep("demo-report.docx", docx);
    }

    @Test
    void pdfBoxReadsTheStringsAsWritten() {
        String text = ReportFiles.pdfText(pdf);

        assertThat(text).contains(STRINGS).doesNotContain(DECOMPOSED_SARA_AM);
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void pdftotextReadsTheStringsAsWritten() {
        String text = ExternalTools.run(List.of("pdftotext", "-enc", "UTF-8", save(pdf, ".pdf").toString(), "-"));

        assertThat(text).contains(STRINGS).doesNotContain(DECOMPOSED_SARA_AM);
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void pdfIsPdfA2u() {
        List<String> failures = PdfAValidation.failures(pdf);

        assertThat(failures).isEmpty();
        assertThat(PdfAValidation.failures(th.ita.support.TestPdf.minimal("not PDF/A"))).isNotEmpty(); // the validator does fail
    }

    @Test
    void docxEmbedsSarabunRegularAndBoldAsObfuscatedFontParts() throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
            PackagePart document = pkg.getPartsByContentType(XWPFRelation.DOCUMENT.getContentType()).get(0);
            PackageRelationship toTable = document.getRelationshipsByType(XWPFRelation.FONT_TABLE.getRelation()).getRelationship(0);
            PackagePart fontTable = document.getRelatedPart(toTable);
            String xml = new String(fontTable.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("w:name=\"Sarabun\"");

            List<String> embedded = new ArrayList<>();
            Matcher embed = Pattern.compile("<w:embed(Regular|Bold) r:id=\"([^\"]+)\" w:fontKey=\"([^\"]+)\"/>").matcher(xml);
            while (embed.find()) {
                PackagePart font = fontTable.getRelatedPart(fontTable.getRelationship(embed.group(2)));
                assertThat(font.getPartName().getName()).startsWith("/word/fonts/").endsWith(".odttf");
                assertThat(font.getContentType()).isEqualTo(DocxFontEmbedding.FONT_CONTENT_TYPE);
                byte[] stored = font.getInputStream().readAllBytes();
                String resource = embed.group(1).equals("Bold") ? PdfReportWriter.BOLD : PdfReportWriter.REGULAR;
                assertThat(stored).isNotEqualTo(resource(resource)); // obfuscated, as Word writes it
                assertThat(DocxFontEmbedding.obfuscate(stored, embed.group(3))).isEqualTo(resource(resource));
                embedded.add(embed.group(1));
            }
            assertThat(embedded).containsExactly("Regular", "Bold");
        }
    }

    /** The demo's OIT links, by the item they answer (DemoPlanLoader: the citizen-manual measure's evidence). */
    static final Map<String, String> DEMO_OIT_URLS = Map.of(
            "o7", "https://www.bantan.go.th/oit/o7", "o14", "https://www.bantan.go.th/oit/o14",
            "o15", "https://www.bantan.go.th/oit/o15", "o16", "https://www.bantan.go.th/oit/o16",
            "o20", "https://www.bantan.go.th/oit/o20");

    @Test
    void docxAppendixListsThe43OitItemsInOrder_thoseOfTheDemoEvidenceWithTheirUrlsDivisionAndState() {
        assertThat(ReportFiles.docxText(docx)).contains("ภาคผนวก: รายการ OIT ปีงบประมาณ พ.ศ. ๒๕๖๖");
        XWPFTable oit = ReportFiles.docxTables(docx).stream()
                .filter(t -> t.getRow(0).getTableCells().stream().map(c -> c.getText()).toList()
                        .equals(List.of("ข้อ", "หัวข้อ", "กองที่รับผิดชอบ", "URL บนเว็บไซต์หลัก", "สถานะ")))
                .findFirst().orElseThrow();

        assertThat(oit.getRows()).hasSize(44);
        assertThat(IntStream.rangeClosed(1, 43).mapToObj(i -> oit.getRow(i).getCell(0).getText()))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 43).mapToObj(i -> "o" + i).toList());
        assertThat(oit.getRow(1).getCell(1).getText()).startsWith("โครงสร้าง");
        DEMO_OIT_URLS.forEach((code, url) -> {
            XWPFTableRow row = oit.getRow(Integer.parseInt(code.substring(1)));
            assertThat(ReportFiles.lines(row.getCell(3))).as(code).containsExactly(url);
            assertThat(row.getCell(4).getText()).as(code).isIn("กรอกแล้ว รอตรวจ", "ตรวจแล้ว ใช้งานได้");
        });
        assertThat(oit.getRow(7).getCell(2).getText()).isEqualTo("กองการศึกษา");
        assertThat(oit.getRow(20).getCell(2).getText()).isEqualTo("กองคลัง");
        assertThat(oit.getRow(1).getCell(3).getText()).isEqualTo("-");
        assertThat(oit.getRow(1).getCell(4).getText()).isEqualTo("ยังไม่มีข้อมูล");
    }

    @Test
    void pdfAppendixListsTheOitItemsInOrder_withTheDemoEvidenceUrlsWhole() {
        String text = ReportFiles.pdfText(pdf);
        String appendix = text.substring(text.indexOf("ภาคผนวก: รายการ OIT"));

        // Each address whole on one line (the column is wide enough), in item order.
        List<Integer> at = List.of("o7", "o14", "o15", "o16", "o20").stream()
                .map(code -> appendix.indexOf(DEMO_OIT_URLS.get(code))).toList();
        assertThat(at).doesNotContain(-1).isSorted();
        assertThat(appendix).contains("ยังไม่มีข้อมูล", "โครงสร้าง");
        assertThat(appendix.lines().filter(line -> line.matches("o\\d{1,2}\\b.*")).map(line -> line.split("\\s")[0]).distinct())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 43).mapToObj(i -> "o" + i).toList());
    }

    /**
     * LibreOffice opens the DOCX: its text export gives the strings and every √ of the section tables back, and its
     * PDF export draws with the embedded Sarabun (not installed on this machine), which it could only take from the
     * DOCX's font parts, de-obfuscated with their keys.
     */
    @Test
    void docxSurvivesLibreOffice() {
        Path source = save(docx, ".docx");

        String text = ExternalTools.libreOffice(source, "txt:Text (encoded):UTF8", ".txt");
        assertThat(Normalizer.normalize(text, Normalizer.Form.NFC)).contains(STRINGS);
        assertThat(count(text, ReportContent.CHECK)).isPositive()
                .isEqualTo(count(ReportFiles.docxTablesText(docx), ReportContent.CHECK));

        byte[] converted = ExternalTools.libreOfficeBytes(source, "pdf", ".pdf");
        assertThat(ReportFiles.embeddedFonts(converted)).anyMatch(name -> name.contains("Sarabun"));
        assertThat(ReportFiles.skeleton(ReportFiles.pdfText(converted))).contains(ReportFiles.skeleton(DONE),
                ReportFiles.skeleton("มาตรการป้องกันความขัดแย้งทางผลประโยชน์"));
        // The cover's first title on one line of its own ("ความ/โปร่งใส" was broken), and page 2 numbered. Word
        // formats the PAGE field in Thai digits (w:pgNumType w:fmt="thaiNumbers"); LibreOffice 7.4 imports that
        // format as Arabic digits, so either is accepted here (the PDF writer's own numbers are tested as Thai).
        String title = ReportFiles.skeleton("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส");
        assertThat(ReportFiles.pdftotextPage(converted, 1).lines().map(ReportFiles::skeleton)).contains(title);
        assertThat(ReportFiles.pdftotextPage(converted, 2).strip()).matches("(?s).*\\n\\s*[2๒]");
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PublishedDemoReportTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static Path save(byte[] content, String suffix) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "published-report"));
            Path file = Files.createTempFile(dir, "demo-report", suffix);
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Left in target/ to open or render by hand (pdftoppm) when a check fails. */
    private static void keep(String name, byte[] content) {
        try {
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
