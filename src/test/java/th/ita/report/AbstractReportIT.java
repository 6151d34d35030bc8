package th.ita.report;

import com.lowagie.text.PageSize;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.IndicatorCode;
import th.ita.assessment.Results;
import th.ita.assessment.Score;
import th.ita.oit.CheckStatus;
import th.ita.oit.OitService;
import th.ita.organisation.OrganisationEmblems;
import th.ita.support.TestImages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import java.io.ByteArrayInputStream;
import th.ita.plan.Plan;
import th.ita.plan.PlanImporter;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;
import th.ita.support.TestOrganisations;
import th.ita.support.TestYears;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.WebsiteChecks;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.ita.report.ReportFiles.lines;
import static th.ita.report.ReportFiles.skeleton;

/**
 * The year-end report of a FY 2567 plan on a real database: measure a (finance) approved, measure b open for
 * works and withdrawn for the office. The outcome rows are written directly, as the measure process would; the plan
 * runs in the current year and is filed under FY 2567 ({@link TestYears#fileUnder}), since an ended year's plan is
 * never approved.
 */
abstract class AbstractReportIT {

    static final String WEAKNESS_HEADER = "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน จากการประเมิน";
    static final String MEASURE_A = "มาตรการเปิดเผยข้อมูลการใช้งบประมาณ";
    static final String MEASURE_B = "มาตรการตรวจสอบการใช้ทรัพย์สิน";

    @Autowired YearEndReportService reports;
    @Autowired PlanImporter importer;
    @Autowired PlanService plans;
    @Autowired th.ita.plan.MeasureStartJobs startJobs;
    @Autowired AssessmentService assessments;
    @Autowired JdbcClient jdbc;
    @Autowired TestOrganisations testOrganisations;
    @Autowired OitService oit;
    @Autowired WebsiteChecks websiteChecks;
    @Autowired OrganisationEmblems emblems;

    long planId;
    Plan plan;
    TestOrganisation org;
    CurrentUser coordinator;

    @BeforeEach
    void planWithOutcomes() {
        org = testOrganisations.onboard("ฮอด", "เชียงใหม่");
        coordinator = org.user("coordinator");
        assessments.save(org.id(), FiscalYear.of(2566), new Results(Score.of("85.62"), "PASS", Map.of(
                IndicatorCode.of(1), Score.of("90.10"), IndicatorCode.of(2), Score.of("83.09"),
                IndicatorCode.of(4), Score.of("81.13"))), coordinator);
        planId = importer.importPlan(planFile(org.nameTh()), org.id(),
                new PlanImporter.Options(false, TestYears.current()), coordinator);
        plans.submitForApproval(planId, null, coordinator);
        plans.approve(planId, org.user("mayor"));
        startJobs.runNow(planId);
        TestYears.fileUnder(jdbc, planId, FiscalYear.of(2567));
        plan = plans.find(planId).orElseThrow();
        OffsetDateTime decided = OffsetDateTime.of(2024, 8, 15, 3, 0, 0, 0, ZoneOffset.UTC);
        outcome(measure(0), "finance", "DONE", "ACCEPTED", decided, org.userId("mayor"), null);
        outcome(measure(1), "works", "OPEN", "IN_WORK", null, null, null);
        outcome(measure(1), "office", "WITHDRAWN", "IN_WORK", decided, org.userId("coordinator"), "ซ้ำกับมาตรการอื่น");
        evidence(measure(0), "finance", "ประกาศแผนการใช้งบประมาณ.pdf", null, decided.minusDays(10));
        evidence(measure(1), "works", "https://bantan.go.th/news/42", "https://bantan.go.th/news/42", decided.minusDays(5));
    }

    @Test
    void appendixListsTheEvidenceOfEachMeasureWithItsHashAndTheApproval() {
        byte[] docx = reports.current(planId, ReportFormat.DOCX, coordinator, ReportOptions.ARABIC_DIGITS);

        List<XWPFTable> appendix = ReportFiles.docxTables(docx).stream()
                .filter(t -> t.getRow(0).getCell(1).getText().equals("หลักฐาน (ชื่อไฟล์หรือ URL)"))
                .filter(t -> t.getRow(0).getTableCells().size() == 5).toList(); // the annex's tables have three columns
        assertThat(appendix).hasSize(2);
        assertThat(appendix.get(0).getRow(1).getTableCells()).extracting(c -> c.getText()).containsExactly(
                "1", "ประกาศแผนการใช้งบประมาณ.pdf", "กองคลัง", "ทดสอบ officer (เจ้าหน้าที่กองคลัง)", "5 สิงหาคม 2567");
        assertThat(appendix.get(1).getRow(1).getCell(1).getText()).isEqualTo("https://bantan.go.th/news/42");
        assertThat(ReportFiles.docxText(docx)).contains("มาตรการที่ 1 " + MEASURE_A,
                "ผู้บริหารอนุมัติโดย ทดสอบ executive (นายกเทศมนตรี) เมื่อ 15 สิงหาคม 2567");
    }

    /** The appendix speaks of files, people and divisions; the SHA-256 values stand only in the annex at the end. */
    @Test
    void hashesStandOnlyInTheVerificationAnnex_withHowToCheckAFileAgainstThem() {
        byte[] docx = reports.current(planId, ReportFormat.DOCX, coordinator, ReportOptions.ARABIC_DIGITS);

        String body = ReportFiles.docxBodyText(docx);
        int annex = body.indexOf("ภาคผนวก ข — ข้อมูลสำหรับตรวจสอบความถูกต้อง");
        assertThat(annex).isGreaterThan(body.indexOf("ภาคผนวก ก")).isGreaterThan(body.indexOf("ภาคผนวก: รายการ OIT"));
        assertThat(body.substring(0, annex)).doesNotContain("a".repeat(64)).doesNotContain("SHA-256:");
        assertThat(body.substring(annex)).contains("a".repeat(64), "certutil -hashfile <ชื่อไฟล์> SHA256",
                "sha256sum <ชื่อไฟล์>", "ห่วงโซ่แฮช", "มาตรการที่ 1 " + MEASURE_A);
        XWPFTable files = ReportFiles.docxTables(docx).stream()
                .filter(t -> t.getRow(0).getCell(2).getText().equals("ค่า SHA-256 ของไฟล์")).findFirst().orElseThrow();
        assertThat(files.getRow(1).getTableCells()).extracting(c -> c.getText())
                .containsExactly("1", "ประกาศแผนการใช้งบประมาณ.pdf", "a".repeat(64));

        String pdf = ReportFiles.skeleton(ReportFiles.pdfText(reports.current(planId, ReportFormat.PDF, coordinator,
                ReportOptions.ARABIC_DIGITS)));
        int pdfAnnex = pdf.indexOf(ReportFiles.skeleton("ภาคผนวก ข — ข้อมูลสำหรับตรวจสอบความถูกต้อง"));
        assertThat(pdfAnnex).isPositive();
        assertThat(pdf.indexOf("a".repeat(64))).isGreaterThan(pdfAnnex);
    }

    /** ๒ at the foot of page 2 and on, as the PAGE field in DOCX; nothing at the foot of the cover. */
    @Test
    void pagesAreNumberedInThaiDigits_butTheCover() throws Exception {
        byte[] pdf = reports.current(planId, ReportFormat.PDF, coordinator, ReportOptions.THAI_DIGITS);

        float foot = PageSize.A4.getHeight() - PdfReportWriter.MARGIN;
        List<ReportFiles.Glyph> feet = ReportFiles.pdfGlyphs(pdf).stream().filter(g -> g.y() > foot).toList();
        assertThat(feet).noneMatch(g -> g.page() == 1);
        assertThat(feet).filteredOn(g -> g.page() == 2).extracting(ReportFiles.Glyph::text).containsExactly("๒");
        assertThat(feet).filteredOn(g -> g.page() == 3).extracting(ReportFiles.Glyph::text).containsExactly("๓");
        assertThat(ReportFiles.pdftotextPage(pdf, 2).strip()).endsWith("๒");
        byte[] arabic = reports.current(planId, ReportFormat.PDF, coordinator, ReportOptions.ARABIC_DIGITS);
        assertThat(ReportFiles.pdfGlyphs(arabic).stream().filter(g -> g.y() > foot && g.page() == 2))
                .extracting(ReportFiles.Glyph::text).containsExactly("2");

        byte[] docx = reports.current(planId, ReportFormat.DOCX, coordinator, ReportOptions.THAI_DIGITS);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            CTSectPr section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgNumType().getFmt()).isEqualTo(STNumberFormat.THAI_NUMBERS);
            assertThat(section.isSetTitlePg()).isTrue();
            var policy = document.getHeaderFooterPolicy();
            assertThat(policy.getFirstPageFooter().getText()).isBlank();
            XWPFFooter footer = policy.getDefaultFooter();
            assertThat(footer.getParagraphs().get(0).getCTP().getFldSimpleArray(0).getInstr()).contains("PAGE");
        }
    }

    /**
     * Before the sign-off the block waits for the signer (a dotted line for the name, the position of the executive
     * who approved the plan); once the executive has signed a version off, it names them.
     */
    @Test
    void signatureBlockEndsTheBody_withTheSignersNameAndPositionOnceSignedOff() {
        String before = ReportFiles.docxText(reports.current(planId, ReportFormat.DOCX, coordinator, ReportOptions.ARABIC_DIGITS));
        assertThat(before).contains("(ลงชื่อ) ....", "( ....", "ตำแหน่ง นายกเทศมนตรี").doesNotContain("( ทดสอบ executive )");
        assertThat(before.indexOf("(ลงชื่อ)")).isPositive().isLessThan(before.indexOf("ภาคผนวก ก"));

        StoredReport first = reports.generate(planId, coordinator);
        reports.markSignedOff(planId, first.version(), org.userId("mayor"));

        String after = ReportFiles.docxText(reports.current(planId, ReportFormat.DOCX, coordinator, ReportOptions.ARABIC_DIGITS));
        assertThat(after).contains("(ลงชื่อ) ....", "( ทดสอบ executive )", "ตำแหน่ง นายกเทศมนตรี")
                .doesNotContain("ปฏิบัติราชการแทน");
        String pdf = ReportFiles.pdfText(reports.current(planId, ReportFormat.PDF, coordinator, ReportOptions.ARABIC_DIGITS));
        assertThat(pdf).contains("( ทดสอบ executive )", "ตำแหน่ง นายกเทศมนตรี");
    }

    /** A PNG with transparency on the cover of both files; the PDF stays PDF/A-2u (the emblem is laid on white). */
    @Test
    void theOrganisationsEmblemStandsOnTheCover_andThePdfStaysPdfA2u() throws Exception {
        emblems.put(org.id(), TestImages.emblemWithAlpha(), org.user("admin"));

        byte[] docx = reports.current(planId, ReportFormat.DOCX, coordinator, ReportOptions.THAI_DIGITS);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getAllPictures()).hasSize(1);
            assertThat(document.getParagraphs().get(0).getRuns().get(0).getEmbeddedPictures()).hasSize(1);
        }
        byte[] pdf = reports.current(planId, ReportFormat.PDF, coordinator, ReportOptions.THAI_DIGITS);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDImageXObject> cover = new java.util.ArrayList<>();
            for (var name : document.getPage(0).getResources().getXObjectNames()) {
                if (document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject image) {
                    cover.add(image);
                }
            }
            assertThat(cover).singleElement().satisfies(image -> assertThat(image.getSoftMask()).isNull());
            assertThat(document.getPage(1).getResources().getXObjectNames()).isEmpty();
        }
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    /**
     * The cover as a Thai government report's: the titles in the upper middle, the organisation in the lower half,
     * the date towards the foot; in DOCX each title one paragraph of one unbroken run, sized to fit the line.
     */
    @Test
    void coverPlacesTheTitleBlockAndTheOrganisation_andKeepsEachTitleOnOneLine() {
        String title = "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส";
        byte[] pdf = reports.current(planId, ReportFormat.PDF, coordinator, ReportOptions.THAI_DIGITS);
        float height = PageSize.A4.getHeight();

        assertThat(ReportFiles.pdfY(pdf, 1, title) / height).isBetween(0.2f, 0.45f);
        assertThat(ReportFiles.pdfY(pdf, 1, org.nameTh().split(" ")[0]) / height).isBetween(0.55f, 0.8f);
        assertThat(ReportFiles.pdfY(pdf, 1, "ข้อมูล ณ วันที่") / height).isGreaterThan(0.8f);
        assertThat(ReportFiles.pdftotextPage(pdf, 1).lines().map(String::strip)).contains(title);
        assertThat(CoverFit.fit(title, true, 20f, 16f).lines()).containsExactly(title);

        byte[] docx = reports.current(planId, ReportFormat.DOCX, coordinator, ReportOptions.THAI_DIGITS);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph paragraph = document.getParagraphs().stream().filter(p -> p.getText().equals(title))
                    .findFirst().orElseThrow();
            assertThat(paragraph.getRuns()).singleElement().satisfies(run -> {
                assertThat(run.getCTR().sizeOfBrArray()).isZero();
                assertThat(run.getCTR().getRPr().getLangArray(0).getBidi()).isEqualTo("th-TH");
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void oitAppendix_marksTheItemsThatCarryThePlanAndItsReport_byTheirRoleInTheYearsFramework() {
        byte[] docx = reports.current(planId, ReportFormat.DOCX, coordinator, ReportOptions.ARABIC_DIGITS);

        assertThat(ReportFiles.docxText(docx)).contains("ภาคผนวก: รายการ OIT ปีงบประมาณ พ.ศ. 2567");
        XWPFTable table = ReportFiles.docxTables(docx).stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals("ข้อ")).findFirst().orElseThrow();
        assertThat(table.getRow(43).getCell(0).getText()).isEqualTo("o43");
        assertThat(String.join("", lines(table.getRow(43).getCell(1)))).isEqualTo(
                "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน — "
                        + "ข้อนี้คือรายงานผลการดำเนินการตามมาตรการที่ระบบนี้จัดทำ (รายงานสิ้นปี)");
        assertThat(String.join("", lines(table.getRow(1).getCell(1)))).isEqualTo("โครงสร้าง");
    }

    /**
     * A FY 2566 plan of the same organisation: its evidence link naming o7 fills that item as the board would,
     * and the live check found it gone; o14 is a division's own answer; another organisation's answer is not here.
     */
    @Test
    void oitAppendix_listsTheItemsOfTheYear_withEvidenceLinksAnswersAndABrokenLinksProblem() {
        long plan2566 = importer.importPlan(planFile(org.nameTh()), org.id(),
                new PlanImporter.Options(false, TestYears.current().next()), coordinator);
        plans.submitForApproval(plan2566, null, coordinator);
        plans.approve(plan2566, org.user("mayor"));
        startJobs.runNow(plan2566);
        TestYears.fileUnder(jdbc, plan2566, FiscalYear.of(2566));
        PlanMeasure first = plans.find(plan2566).orElseThrow().measures().get(0);
        OffsetDateTime found = OffsetDateTime.of(2024, 3, 5, 2, 0, 0, 0, ZoneOffset.UTC);
        evidence(first, "finance", "https://hod.go.th/oit/o7", "https://hod.go.th/oit/o7", found.minusDays(3));
        websiteChecks.recorded(org.id(), "https://hod.go.th/oit/o7", CheckStatus.HTTP_ERROR, 404, found);
        oit.answer(org.id(), FiscalYear.of(2566), "o14", List.of("https://hod.go.th/manual"), null, coordinator);
        TestOrganisation other = testOrganisations.onboard();
        oit.answer(other.id(), FiscalYear.of(2566), "o15", List.of("https://other.go.th/o15"), null, other.user("coordinator"));

        byte[] docx = reports.current(plan2566, ReportFormat.DOCX, coordinator, ReportOptions.ARABIC_DIGITS);

        XWPFTable table = ReportFiles.docxTables(docx).stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals("ข้อ")).findFirst().orElseThrow();
        assertThat(table.getRows()).hasSize(44);
        assertThat(table.getRow(7).getTableCells()).extracting(c -> lines(c)).containsExactly(List.of("o7"),
                List.of("ข่าวประชาสัมพันธ์"), List.of("กองคลัง"), List.of("https://hod.go.th/oit/o7"),
                List.of("ลิงก์มีปัญหา", "ไม่พบหน้าเว็บ (HTTP 404) (ตรวจเมื่อ 5 มีนาคม 2567)"));
        assertThat(lines(table.getRow(14).getCell(3))).containsExactly("https://hod.go.th/manual");
        assertThat(lines(table.getRow(14).getCell(4))).containsExactly("กรอกแล้ว รอตรวจ");
        assertThat(lines(table.getRow(15).getCell(3))).containsExactly("-");
        assertThat(ReportFiles.docxText(docx)).contains(
                "ตามกระดานความพร้อม OIT: พร้อม 0 จาก 43 ข้อ · กรอกแล้วรอตรวจ 1 · ลิงก์มีปัญหา 1 · ยังไม่มีข้อมูล 41",
                // The shipped 2566 framework is provisional: the report says so, and who may confirm it.
                "ข้อมูลชั่วคราว — รอยืนยัน: รายการ OIT ตามกรอบการประเมินปีงบประมาณ พ.ศ. 2566",
                "ผู้ดูแลระบบ (ผู้ดูแลแพลตฟอร์ม) ยืนยันได้");
        // Read, not written: the evidence link is the report's reading of o7, not yet taken over onto the board.
        assertThat(jdbc.sql("select count(*) from oit_url u join oit_item i on i.id = u.item_id "
                        + "where i.organisation_id = ? and i.fiscal_year = 2566 and i.code = 'o7'")
                .param(org.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void docxSectionTablePutsEachDivisionsCheckInDoneOrNotDone() {
        byte[] docx = reports.current(planId, ReportFormat.DOCX, coordinator, ReportOptions.ARABIC_DIGITS);

        List<XWPFTable> sections = ReportFiles.docxTables(docx).stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals(WEAKNESS_HEADER)).toList();
        assertThat(sections).hasSize(3); // IIT, EIT and the framework's OIT (no measures)
        XWPFTable iit = sections.get(0);
        assertThat(lines(iit.getRow(1).getCell(4))).containsExactly("ดำเนินการแล้ว");
        assertThat(lines(iit.getRow(1).getCell(5))).containsExactly("ยังไม่ได้ดำเนินการ");

        XWPFTableRow a = iit.getRow(2);
        assertThat(lines(a.getCell(0))).containsExactly("1. การใช้งบประมาณ");
        assertThat(lines(a.getCell(2))).containsExactly("1." + MEASURE_A);
        assertThat(lines(a.getCell(3))).containsExactly("1.กองคลัง");
        assertThat(lines(a.getCell(4))).containsExactly("√");
        assertThat(lines(a.getCell(5))).containsExactly("");

        XWPFTableRow b = iit.getRow(3);
        assertThat(lines(b.getCell(2))).containsExactly("2." + MEASURE_B);
        // Divisions in the organisation's order: the office comes first.
        assertThat(lines(b.getCell(3))).containsExactly("1.สำนักปลัด", "2.กองช่าง");
        assertThat(lines(b.getCell(4))).containsExactly("", "");
        assertThat(lines(b.getCell(5))).containsExactly("√ ถอนมาตรการ", "√");

        XWPFTable eit = sections.get(1);
        assertThat(lines(eit.getRow(2).getCell(2))).containsExactly("1." + MEASURE_B);
        assertThat(lines(eit.getRow(2).getCell(5))).containsExactly("√ ถอนมาตรการ", "√");
    }

    @Test
    void docxShowsTheResultsOfTheYearBeforeAndTheFailingIndicators() {
        byte[] docx = reports.current(planId, ReportFormat.DOCX, coordinator, ReportOptions.ARABIC_DIGITS);

        List<XWPFTable> tables = ReportFiles.docxTables(docx);
        XWPFTable results = tables.get(0);
        assertThat(results.getRows()).hasSize(11);
        assertThat(results.getRow(2).getTableCells()).extracting(c -> c.getText())
                .containsExactly("2", "การใช้งบประมาณ", "IIT", "83.09", "ไม่ผ่าน");
        assertThat(results.getRow(1).getCell(4).getText()).isEqualTo("ผ่าน");
        assertThat(results.getRow(3).getCell(3).getText()).isEqualTo("-");
        XWPFTable failing = tables.get(1);
        assertThat(failing.getRows()).extracting(r -> r.getCell(0).getText() + "|" + r.getCell(2).getText())
                .containsExactly("ตัวชี้วัดที่ 2|คะแนนที่ได้ 83.09 คะแนน", "ตัวชี้วัดที่ 4|คะแนนที่ได้ 81.13 คะแนน");
        String text = ReportFiles.docxText(docx);
        assertThat(text).contains("คะแนนภาพรวมของหน่วยงานที่ได้ 85.62 คะแนน ระดับผลการประเมิน ผ่าน",
                "ประจำปีงบประมาณ พ.ศ. 2566", "ปีงบประมาณ พ.ศ. 2567", "อำเภอฮอด จังหวัดเชียงใหม่",
                "1. เปิดเผยข้อมูลการใช้งบประมาณ");
    }

    @Test
    void docxRunsAreSarabunForEveryScriptAndThaiDigitsByDefault() {
        StoredReport stored = reports.generate(planId, coordinator);
        byte[] docx = reports.stored(planId, stored.version(), ReportFormat.DOCX, coordinator).orElseThrow();

        assertThat(ReportFiles.docxRunFonts(docx)).isNotEmpty()
                .allSatisfy(fonts -> assertThat(fonts).hasSize(3).containsOnly("Sarabun"));
        assertThat(ReportFiles.docxText(docx)).contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", "คะแนนภาพรวมของหน่วยงานที่ได้ ๘๕.๖๒ คะแนน");
        XWPFTable iit = ReportFiles.docxTables(docx).stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals(WEAKNESS_HEADER)).findFirst().orElseThrow();
        assertThat(lines(iit.getRow(3).getCell(3))).containsExactly("๑.สำนักปลัด", "๒.กองช่าง");
    }

    @Test
    void pdfEmbedsSarabunAndPutsTheChecksInTheRightColumn() {
        byte[] pdf = reports.current(planId, ReportFormat.PDF, coordinator, ReportOptions.ARABIC_DIGITS);

        assertThat(ReportFiles.embeddedFonts(pdf)).anyMatch(name -> name.endsWith("+Sarabun-Regular"))
                .anyMatch(name -> name.endsWith("+Sarabun-Bold"));
        // The text layer is the text as written (ActualText per shaped run), not only its letters in order.
        assertThat(ReportFiles.pdfText(pdf)).contains("ดำเนินการแล้ว", "ยังไม่ได้ดำเนินการ", "√ ถอนมาตรการ",
                "คะแนนภาพรวมของหน่วยงานที่ได้ 85.62 คะแนน", "ภาคผนวก", MEASURE_A);

        float width = PageSize.A4.getWidth() - 2 * PdfReportWriter.MARGIN;
        float total = (float) ReportContent.SECTION_COLUMNS.stream().mapToDouble(Float::doubleValue).sum();
        float notDoneStarts = PdfReportWriter.MARGIN + width * (total - ReportContent.SECTION_COLUMNS.get(5)) / total;
        List<ReportFiles.Glyph> glyphs = ReportFiles.pdfGlyphs(pdf);
        assertThat(checksBeside(glyphs, "กองคลัง")).singleElement().satisfies(x -> assertThat(x).isLessThan(notDoneStarts));
        assertThat(checksBeside(glyphs, "กองช่าง")).hasSize(2).allSatisfy(x -> assertThat(x).isGreaterThan(notDoneStarts));
        assertThat(checksBeside(glyphs, "สำนักปลัด")).hasSize(2).allSatisfy(x -> assertThat(x).isGreaterThan(notDoneStarts));
    }

    @Test
    void versionsAreAddedNeverReplaced_andASignedOffVersionStaysAsSigned() {
        StoredReport first = reports.generate(planId, coordinator);
        StoredReport second = reports.generate(planId, org.user("mayor"));
        assertThat(List.of(first.version(), second.version())).containsExactly(1, 2);
        byte[] firstPdf = reports.stored(planId, 1, ReportFormat.PDF, coordinator).orElseThrow();
        assertThat(YearEndReportService.sha256(firstPdf)).isEqualTo(first.pdfSha256());

        reports.markSignedOff(planId, 1, org.userId("mayor"));
        reports.markSignedOff(planId, 1, org.userId("mayor")); // a retried service task changes nothing
        assertThatThrownBy(() -> reports.markSignedOff(planId, 1, org.userId("coordinator")))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo("report.error.signedOff"));
        StoredReport third = reports.generate(planId, CurrentUser.system(org.id()));

        assertThat(third.version()).isEqualTo(3);
        assertThat(third.generatedBy()).isEqualTo("system");
        assertThat(reports.latest(planId)).contains(third);
        assertThat(reports.versions(planId)).extracting(StoredReport::version).containsExactly(3, 2, 1);
        StoredReport signed = reports.versions(planId).get(2);
        assertThat(signed.signedOffBy()).isEqualTo(org.userId("mayor"));
        assertThat(signed.pdfSha256()).isEqualTo(first.pdfSha256());
        assertThat(reports.stored(planId, 1, ReportFormat.PDF, coordinator).orElseThrow()).isEqualTo(firstPdf);
    }

    @Test
    void onlyTheCoordinatorAndExecutivesGetTheReport() {
        assertThatThrownBy(() -> reports.generate(planId, org.user("finance.officer"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.pdf(planId, org.user("finance.head"))).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.docx(planId, org.user("mayor"))).isNotEmpty();
        assertThat(reports.versions(planId)).isEmpty();
    }

    /**
     * x of each √ on the same line as a division name (in any section table). A text position carries one glyph's
     * text, or a whole run's where the run has an ActualText ("√ ถอนมาตรการ"): each of its letters is placed at
     * that position, the run's start.
     */
    private static List<Float> checksBeside(List<ReportFiles.Glyph> glyphs, String division) {
        String target = skeleton(division);
        StringBuilder all = new StringBuilder();
        List<ReportFiles.Glyph> letters = new java.util.ArrayList<>();
        for (ReportFiles.Glyph glyph : glyphs) {
            String text = skeleton(glyph.text());
            all.append(text);
            text.chars().forEach(c -> letters.add(glyph));
        }
        List<Float> xs = new java.util.ArrayList<>();
        for (int i = all.indexOf(target); i >= 0; i = all.indexOf(target, i + 1)) {
            ReportFiles.Glyph first = letters.get(i);
            glyphs.stream().filter(g -> g.text().startsWith("√") && g.page() == first.page() && Math.abs(g.y() - first.y()) < 2)
                    .forEach(g -> xs.add(g.x()));
        }
        return xs;
    }

    private PlanMeasure measure(int index) {
        return plan.measures().get(index);
    }

    private void outcome(PlanMeasure measure, String division, String outcome, String progress, OffsetDateTime decidedAt,
                         String decidedBy, String reason) {
        // The measure's process opened the row when the plan was approved; the test puts it in the state it needs.
        int updated = jdbc.sql("update measure_part_outcome set outcome = ?, progress = ?, decided_at = ?, decided_by = ?, "
                        + "reason = ? where process_instance_id = ? and division_code = ? and plan_measure_id = ?")
                .params(outcome, progress, decidedAt, decidedBy, reason, measure.processInstanceId(), division, measure.id())
                .update();
        assertThat(updated).isEqualTo(1);
    }

    private void evidence(PlanMeasure measure, String division, String name, String url, OffsetDateTime at) {
        jdbc.sql("insert into evidence (id, organisation_id, process_instance_id, task_id, division_code, file_name, "
                        + "content_type, size_bytes, sha256, content, uploaded_by, uploaded_at, url) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), org.id(), measure.processInstanceId(), "task", division, name,
                        url == null ? "application/pdf" : "text/uri-list", url == null ? 3 : 0, "a".repeat(64),
                        url == null ? new byte[]{1, 2, 3} : null, org.userId(division + ".officer"), at, url)
                .update();
    }

    private static byte[] planFile(String organisation) {
        return """
                organisation: { nameTh: "%s", district: ฮอด, province: เชียงใหม่ }
                fiscalYear: 2567
                guidelines:
                  "2": [เปิดเผยข้อมูลการใช้งบประมาณ]
                measures:
                  - { key: a, text: %s, indicators: [2], divisions: [finance] }
                  - { key: b, text: %s, indicators: [4], divisions: [works, office] }
                sections:
                  - instrument: IIT
                    weaknesses: [การใช้งบประมาณ]
                    approaches: [ประกาศแผนการใช้งบประมาณ]
                    measures: [a, b]
                  - instrument: EIT
                    weaknesses: [การเผยแพร่ข้อมูล]
                    approaches: [ปรับปรุงเว็บไซต์]
                    measures: [b]
                """.formatted(organisation, MEASURE_A, MEASURE_B).getBytes(StandardCharsets.UTF_8);
    }
}
