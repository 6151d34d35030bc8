package th.ita.oit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import th.ita.security.UserProfiles;
import th.ita.shared.FiscalYear;
import th.ita.shared.I18n;
import th.ita.shared.UserInputException;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The OIT board's service: the year's items, who may answer, assign and approve what, and the organisation's walls. */
@SpringBootTest
@ActiveProfiles("test")
class OitServiceTest {

    static final FiscalYear Y2566 = FiscalYear.of(2566);

    @Autowired OitService service;
    @Autowired OitCsv csv;
    @Autowired TestOrganisations organisations;
    @Autowired LinkedEvidence evidence;
    @Autowired UserProfiles profiles;
    @Autowired I18n i18n;
    @Autowired th.ita.organisation.OrganisationService organisationService;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aNewOrganisationsBoard_listsThe43ItemsOfTheYearInOrder_allMissing() {
        TestOrganisation org = organisations.onboard();

        OitBoard board = service.board(org.id(), Y2566, org.user("works.officer"));

        assertThat(board.items()).hasSize(43);
        assertThat(board.items()).extracting(OitBoardItem::code).startsWith("o1", "o2", "o3").endsWith("o42", "o43");
        assertThat(board.items().get(11).title()).startsWith("รายงานการกำกับติดตาม");
        assertThat(board.items()).allMatch(i -> i.state() == OitState.MISSING && i.divisionCode() == null && !i.editable());
        assertThat(board.mayAssign()).isFalse();
        assertThat(board.divisions()).extracting(DivisionReadiness::divisionCode).containsExactly("office", "finance",
                "works", "education", null);
        assertThat(board.divisions().get(4).items()).isEqualTo(43);
        // Reading twice creates nothing twice.
        assertThat(service.board(org.id(), Y2566, org.user("coordinator")).items()).hasSize(43);
    }

    @Test
    void theCoordinatorAssigns_theDivisionAnswersItsOwnItemOnly() {
        TestOrganisation org = organisations.onboardWithWebsite("nonghoi.go.th");
        service.assign(org.id(), Y2566, "o12", "finance", org.user("coordinator"));

        service.answer(org.id(), Y2566, "o12", List.of(" https://www.nonghoi.go.th/ita/o12 ", "", "https://nonghoi.go.th/report.pdf"),
                "รายงานรอบ 6 เดือน หน้า 3", org.user("finance.head"));

        OitBoardItem item = item(service.board(org.id(), Y2566, org.user("finance.officer")), "o12");
        assertThat(item.divisionCode()).isEqualTo("finance");
        assertThat(item.divisionName()).isEqualTo("กองคลัง");
        assertThat(item.urls()).extracting(OitUrl::url)
                .containsExactly("https://www.nonghoi.go.th/ita/o12", "https://nonghoi.go.th/report.pdf");
        assertThat(item.explanation()).isEqualTo("รายงานรอบ 6 เดือน หน้า 3");
        assertThat(item.state()).isEqualTo(OitState.ENTERED);
        assertThat(item.editable()).isTrue();
        assertThat(item(service.board(org.id(), Y2566, org.user("works.officer")), "o12").editable()).isFalse();

        assertThatThrownBy(() -> service.answer(org.id(), Y2566, "o12", List.of("https://nonghoi.go.th/x"), null,
                org.user("works.officer"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.answer(org.id(), Y2566, "o13", List.of("https://nonghoi.go.th/x"), null,
                org.user("finance.officer"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.answer(org.id(), Y2566, "o12", List.of("https://nonghoi.go.th/x"), null,
                org.user("mayor"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.assign(org.id(), Y2566, "o13", "works", org.user("finance.head")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.approve(org.id(), Y2566, "o12", org.user("finance.head")))
                .isInstanceOf(AccessDeniedException.class);
        // The coordinator answers any item.
        service.answer(org.id(), Y2566, "o13", List.of("https://nonghoi.go.th/o13"), null, org.user("coordinator"));
        assertThat(item(service.board(org.id(), Y2566, org.user("coordinator")), "o13").state()).isEqualTo(OitState.ENTERED);
    }

    @Test
    void approvingNeedsAUrl_andAnyLaterAnswerWithdrawsTheApproval() {
        TestOrganisation org = organisations.onboard();
        UserInputException none = catchThrowableOfType(UserInputException.class,
                () -> service.approve(org.id(), Y2566, "o1", org.user("coordinator")));
        assertThat(thai(none)).isEqualTo("ข้อ o1 ยังไม่มี URL จึงยังอนุมัติไม่ได้");

        service.answer(org.id(), Y2566, "o1", List.of("https://example.go.th/structure"), null, org.user("coordinator"));
        service.approve(org.id(), Y2566, "o1", org.user("coordinator"));
        OitBoardItem approved = item(service.board(org.id(), Y2566, org.user("coordinator")), "o1");
        assertThat(approved.approved()).isTrue();
        assertThat(approved.approvedBy()).isEqualTo(org.userId("coordinator"));

        service.answer(org.id(), Y2566, "o1", List.of("https://example.go.th/structure-2567"), null, org.user("coordinator"));
        assertThat(item(service.board(org.id(), Y2566, org.user("coordinator")), "o1").approved()).isFalse();
    }

    @Test
    void anotherOrganisationsBoard_isNotFound_forItsNeighboursAndThePlatformAdmin() {
        TestOrganisation org = organisations.onboard();
        TestOrganisation other = organisations.onboard();

        for (var reader : List.of(other.user("coordinator"), other.user("finance.officer"), TestOrganisations.PLATFORM_ADMIN)) {
            UserInputException refused = catchThrowableOfType(UserInputException.class,
                    () -> service.board(org.id(), Y2566, reader));
            assertThat(refused.messageKey()).isEqualTo("oit.error.notFound");
        }
        UserInputException write = catchThrowableOfType(UserInputException.class, () -> service.answer(org.id(), Y2566,
                "o1", List.of("https://example.go.th/x"), null, other.user("coordinator")));
        assertThat(write.messageKey()).isEqualTo("oit.error.notFound");
        assertThat(catchThrowableOfType(UserInputException.class, () -> service.board(987654321L, Y2566,
                org.user("coordinator"))).messageKey()).isEqualTo("oit.error.notFound");
    }

    @Test
    void badInput_isRefusedInThai_andNothingIsSaved() {
        TestOrganisation org = organisations.onboardWithWebsite("nonghoi.go.th");
        var coordinator = org.user("coordinator");
        service.answer(org.id(), Y2566, "o5", List.of("https://nonghoi.go.th/contact"), "ติดต่อ", coordinator);

        assertThat(thai(refusal(() -> service.answer(org.id(), Y2566, "o5",
                List.of("https://nonghoi.go.th/ok", "https://www.facebook.com/nonghoi"), "ใหม่", coordinator))))
                .isEqualTo("ลิงก์ต้องอยู่บนเว็บไซต์หลักของหน่วยงาน (nonghoi.go.th) แต่ลิงก์นี้อยู่บน www.facebook.com");
        assertThat(thai(refusal(() -> service.answer(org.id(), Y2566, "o5", List.of("ftp://nonghoi.go.th/x"), null, coordinator))))
                .isEqualTo("\"ftp://nonghoi.go.th/x\" ไม่ใช่ที่อยู่เว็บไซต์ (ต้องขึ้นต้นด้วย http:// หรือ https://)");
        assertThat(thai(refusal(() -> service.answer(org.id(), Y2566, "o5",
                java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> "https://nonghoi.go.th/" + i).toList(), null, coordinator))))
                .isEqualTo("ใส่ URL ได้ไม่เกิน 10 ลิงก์ต่อข้อ");
        assertThat(thai(refusal(() -> service.answer(org.id(), Y2566, "o44", List.of(), null, coordinator))))
                .isEqualTo("ไม่มีข้อ \"o44\" ใน OIT ของปีงบประมาณ 2566");
        assertThat(thai(refusal(() -> service.assign(org.id(), Y2566, "o5", "nowhere", coordinator))))
                .isEqualTo("ไม่พบกองรหัส \"nowhere\"");
        assertThat(refusal(() -> service.board(org.id(), FiscalYear.of(2590), coordinator)).messageKey())
                .isEqualTo("assessment.error.noFramework");

        OitBoardItem unchanged = item(service.board(org.id(), Y2566, coordinator), "o5");
        assertThat(unchanged.urls()).extracting(OitUrl::url).containsExactly("https://nonghoi.go.th/contact");
        assertThat(unchanged.explanation()).isEqualTo("ติดต่อ");
        assertThat(unchanged.divisionCode()).isNull();
    }

    @Test
    void theReportsSnapshot_showsWhatTheBoardWillShow_withoutWritingAnything() {
        TestOrganisation org = organisations.onboard();
        var coordinator = org.user("coordinator");
        evidence.submitted(org, "works", List.of("https://www.example.go.th/oit/o16", "https://www.example.go.th/oit/o9"));
        service.answer(org.id(), Y2566, "o9", List.of("https://www.example.go.th/faq"), "ถาม-ตอบ", coordinator);
        var organisation = organisationService.find(org.id()).orElseThrow();

        OitBoard snapshot = service.snapshot(organisation, Y2566).orElseThrow();
        OitBoard board = service.board(org.id(), Y2566, coordinator);

        // A person's answer (o9) is kept as given; the untouched o16 takes the evidence link and its division.
        java.util.function.Function<OitBoardItem, List<Object>> shown = i -> java.util.Arrays.asList(i.code(),
                i.divisionCode(), i.urls(), i.state(), i.explanation());
        assertThat(snapshot.items().stream().map(shown).toList())
                .containsExactlyElementsOf(board.items().stream().map(shown).toList());
        assertThat(item(snapshot, "o16").urls()).extracting(OitUrl::url).containsExactly("https://www.example.go.th/oit/o16");
        assertThat(item(snapshot, "o9").urls()).extracting(OitUrl::url).containsExactly("https://www.example.go.th/faq");
        assertThat(snapshot.items()).noneMatch(OitBoardItem::editable);
        // No framework of 2570 yet: the report shows the board as it stands, on the newest earlier year's items.
        assertThat(service.snapshot(organisation, FiscalYear.of(2570))).hasValueSatisfying(standIn -> {
            assertThat(standIn.frameworkYear()).isEqualTo(FiscalYear.of(2569));
            assertThat(standIn.provisional()).isTrue();
        });
        assertThat(service.snapshot(organisation, FiscalYear.of(2590))).as("far ahead: no framework").isEmpty();
    }

    @Test
    void theSnapshotWritesNothing() {
        TestOrganisation org = organisations.onboard();
        evidence.submitted(org, "works", List.of("https://www.example.go.th/oit/o16"));
        var organisation = organisationService.find(org.id()).orElseThrow();

        assertThat(item(service.snapshot(organisation, Y2566).orElseThrow(), "o16").urls()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from oit_item where organisation_id = ?").param(org.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void evidenceLinksNamingAnItem_prefillIt_withTheDivisionThatLinkedIt() {
        TestOrganisation org = organisations.onboard();
        var coordinator = org.user("coordinator");
        evidence.submitted(org, "works", List.of("https://www.example.go.th/oit/o16", "https://www.example.go.th/photo1",
                "https://example.go.th/ita/o3-and-o4"));

        OitBoard board = service.board(org.id(), Y2566, coordinator);

        OitBoardItem o16 = item(board, "o16");
        assertThat(o16.urls()).singleElement().satisfies(u -> {
            assertThat(u.url()).isEqualTo("https://www.example.go.th/oit/o16");
            assertThat(u.fromEvidence()).isTrue();
        });
        assertThat(o16.divisionCode()).isEqualTo("works");
        assertThat(o16.state()).isEqualTo(OitState.ENTERED);
        // "photo1" names no item, and a link naming two items answers neither.
        assertThat(board.items().stream().filter(i -> !i.urls().isEmpty())).extracting(OitBoardItem::code).containsExactly("o16");
        assertThat(board.count(OitState.MISSING)).isEqualTo(42);
        // Read again: nothing is added twice.
        assertThat(item(service.board(org.id(), Y2566, coordinator), "o16").urls()).hasSize(1);
    }

    @Test
    void theDemoBoard_startsWithTheItemsTheDemoPlansLinksAnswer() {
        var coordinator = profiles.of("coordinator");
        OitBoard board = service.board(coordinator.requireOrganisation(), Y2566, coordinator);

        assertThat(board.items()).hasSize(43);
        assertThat(board.items().stream().filter(i -> !i.urls().isEmpty()).map(OitBoardItem::code))
                .contains("o7", "o14", "o15", "o16", "o20");
        assertThat(item(board, "o20").divisionCode()).isEqualTo("finance");
        assertThat(board.mayAssign()).isTrue();
    }

    @Test
    void theCsvForItas_isInItemOrder_withFormulaCellsNeutralised() throws IOException {
        TestOrganisation org = organisations.onboard();
        var coordinator = org.user("coordinator");
        service.assign(org.id(), Y2566, "o2", "office", coordinator);
        service.answer(org.id(), Y2566, "o2", List.of("https://example.go.th/a", "https://example.go.th/b"),
                "=HYPERLINK(\"http://evil\")", coordinator);

        byte[] bytes = csv.bytes(service.board(org.id(), Y2566, coordinator));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();

        assertThat(rows).hasSize(43);
        assertThat(rows).extracting(r -> r.get("ข้อ")).startsWith("o1", "o2", "o3").endsWith("o43");
        CSVRecord o2 = rows.get(1);
        assertThat(o2.get("หัวข้อ")).isEqualTo("ข้อมูลผู้บริหาร");
        assertThat(o2.get("กองที่รับผิดชอบ")).isEqualTo("สำนักปลัด");
        assertThat(o2.get("URL บนเว็บไซต์หลัก")).isEqualTo("https://example.go.th/a\nhttps://example.go.th/b");
        assertThat(o2.get("คำอธิบาย")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(o2.get("สถานะ")).isEqualTo("กรอกแล้ว รอตรวจ");
        assertThat(rows.get(0).get("สถานะ")).isEqualTo("ยังไม่มีข้อมูล");
    }

    private String thai(UserInputException e) {
        return i18n.getTranslation(e.messageKey(), I18n.THAI, e.arguments());
    }

    private static UserInputException refusal(Runnable call) {
        return catchThrowableOfType(UserInputException.class, call::run);
    }

    static OitBoardItem item(OitBoard board, String code) {
        return board.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
