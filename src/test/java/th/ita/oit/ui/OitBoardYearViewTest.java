package th.ita.oit.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.assessment.FrameworkAdmin;
import th.ita.assessment.FrameworkFixtures;
import th.ita.assessment.OitRole;
import th.ita.oit.OitBoardItem;
import th.ita.oit.OitService;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board and the year's framework on screen: the provisional marker with who may confirm, the coordinator's
 * carry-over and confirmation of the mapping, and the estimated OIT score. Uses the years 2563–2564 only.
 */
class OitBoardYearViewTest extends KaribuTest {

    static final FiscalYear Y2563 = FiscalYear.of(2563);
    static final FiscalYear Y2564 = FiscalYear.of(2564);

    @Autowired TestOrganisations organisations;
    @Autowired OitService service;
    @Autowired FrameworkAdmin admin;

    @BeforeEach
    @AfterEach
    void noFrameworksOfTheTestYears() {
        FrameworkFixtures.remove(context, 2563, 2564);
    }

    @Test
    void aStandInBoard_isMarkedProvisional_theCoordinatorCarriesLastYearOver_thenConfirmsTheNewFramework() {
        admin.save(Y2563, FrameworkFixtures.yaml(2563), TestOrganisations.PLATFORM_ADMIN);
        TestOrganisation org = organisations.onboardWithWebsite("nonghoi.go.th");
        service.answer(org.id(), Y2563, "o7", List.of("https://nonghoi.go.th/news"), null, org.user("coordinator"));
        login(org.userId("coordinator"));
        open(2564);

        assertThat(_get(Span.class, spec -> spec.withId("oit-provisional-marker")).getText())
                .isEqualTo("ข้อมูลชั่วคราว — รอยืนยัน");
        assertThat(_get(Paragraph.class, spec -> spec.withId("oit-provisional")).getText())
                .startsWith("ยังไม่มีกรอบการประเมินของปีงบประมาณ 2564 จากสำนักงาน ป.ป.ช. กระดานนี้ใช้รายการ OIT ของปีงบประมาณ 2563 ไปก่อน")
                .contains("ผู้ดูแลระบบแพลตฟอร์ม", "ผู้ประสานงาน ITA");
        assertThat(_get(Paragraph.class, spec -> spec.withId("oit-estimate-score")).getText())
                .isEqualTo("คะแนน OIT โดยประมาณ: 0.00");

        _click(_get(OitBoardView.class).frameworkPanel.carryOver);

        NotificationsKt.expectNotifications("ยกข้อมูลจากปีงบประมาณ 2563 แล้ว 1 ข้อ (ข้อที่มีข้อมูลอยู่แล้ว 0 ข้อไม่เปลี่ยน) "
                + "ระบบจะตรวจลิงก์อีกครั้งในรอบถัดไป");
        assertThat(_get(Paragraph.class, spec -> spec.withId("oit-estimate-score")).getText())
                .isEqualTo("คะแนน OIT โดยประมาณ: 2.33");
        assertThat(_get(Paragraph.class, spec -> spec.withId("oit-estimate-note")).getText()).contains("ไม่ใช่ผลการประเมิน");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("oit-estimate-gains")).getElement().getChildCount())
                .isEqualTo(5);

        admin.save(Y2564, FrameworkFixtures.yaml(2564).replace("{code: o7,", "{code: n7,"),
                TestOrganisations.PLATFORM_ADMIN);
        open(2564);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("oit-mapping-moves")).getElement().getChild(0).getText())
                .isEqualTo("o7 → n7 ข่าวประชาสัมพันธ์ (หัวข้อเดียวกัน)");

        _click(_get(OitBoardView.class).frameworkPanel.confirmMapping);

        NotificationsKt.expectNotifications("ย้ายคำตอบไปยังกรอบการประเมินของปีนี้แล้ว 1 ข้อ");
        assertThat(_find(UnorderedList.class, spec -> spec.withId("oit-mapping-moves"))).isEmpty();
        // The 2564 file is itself unconfirmed against NACC's manual: still marked, now for that reason.
        assertThat(_get(Paragraph.class, spec -> spec.withId("oit-provisional")).getText())
                .startsWith("รายการ OIT ของปีงบประมาณ 2564 ยังไม่ได้ยืนยันกับคู่มือ");
        assertThat(service.board(org.id(), Y2564, org.user("coordinator")).items())
                .filteredOn(i -> i.code().equals("n7")).singleElement()
                .satisfies(i -> assertThat(i.urls()).hasSize(1));
    }

    @Test
    void aDivisionOfficer_seesTheMarkerAndTheEstimate_butNeitherAction() {
        admin.save(Y2563, FrameworkFixtures.yaml(2563), TestOrganisations.PLATFORM_ADMIN);
        TestOrganisation org = organisations.onboard();
        login(org.userId("works.officer"));
        open(2564);

        assertThat(_find(Span.class, spec -> spec.withId("oit-provisional-marker"))).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("oit-estimate-score")).getText()).endsWith("0.00");
        OitBoardView view = _get(OitBoardView.class);
        assertThat(view.year.getValue()).isEqualTo(Y2564);
        assertThat(view.frameworkPanel.carryOver.isAttached()).isFalse();
        assertThat(view.frameworkPanel.confirmMapping.isAttached()).isFalse();
    }

    @Test
    void theItemCarryingTheMeasures_isFoundByItsRole_andLinksToTheYearsPlan() {
        TestOrganisation org = organisations.onboard();
        login(org.userId("coordinator"));
        open(2569);
        OitBoardView view = _get(OitBoardView.class);
        OitBoardItem measures = GridKt._findAll(view.grid).stream().filter(i -> i.role() == OitRole.MEASURES)
                .findFirst().orElseThrow();
        assertThat(measures.code()).isEqualTo("O25");

        view.grid.select(measures);

        Anchor link = _get(Anchor.class, spec -> spec.withId("oit-role-link"));
        assertThat(link.getHref()).isEqualTo("plans");
        assertThat(link.getText()).isEqualTo("เปิดแผนปรับปรุง (มาตรการ) ของปีในระบบนี้");
    }

    private static void open(int year) {
        UI.getCurrent().navigate(OitBoardView.class, QueryParameters.simple(Map.of("year", String.valueOf(year))));
    }
}
