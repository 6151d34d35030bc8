package th.ita.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import th.ita.assessment.Assessment;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.Rating;
import th.ita.assessment.Score;
import th.ita.organisation.Organisation;
import th.ita.shared.FiscalYear;
import th.ita.support.KaribuTest;
import th.ita.support.TestOrganisations;


import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entry by form. Entries go to FY 2566 of an organisation of the test's own, and each test is rolled back:
 * the demo organisation's FY 2565 result, which the other view tests read as the latest, stays as it is.
 */
@Transactional
class ResultEntryFormTest extends KaribuTest {

    private static final FiscalYear FY_2566 = FiscalYear.of(2566);

    @Autowired AssessmentService service;
    @Autowired TestOrganisations testOrganisations;

    /** The organisation of the test's own, once made: its coordinator enters its results (only theirs). */
    TestOrganisations.TestOrganisation own;

    @Test
    void coordinatorSeesTheLatestResultPrefilled() {
        ResultEntryForm form = openAsCoordinator();

        assertThat(form.fiscalYear.getValue()).isEqualTo("2565");
        assertThat(form.overallScore.getValue()).isEqualTo("85.62");
        assertThat(form.grade.getValue().code()).isEqualTo("A");
        assertThat(form.indicators.field(2).getLabel()).isEqualTo("ตัวชี้วัดที่ 2 การใช้งบประมาณ (IIT)");
        assertThat(form.indicators.field(2).getValue()).isEqualTo("83.09");
        assertThat(form.indicators.field(1).getValue()).isEmpty();
        assertThat(form.existing.isVisible()).isTrue();
    }

    @Test
    void coordinatorEntersThaiDigits_andTheResultIsSavedAndShown() {
        long organisationId = newOrganisation();
        ResultEntryForm form = openAsCoordinator();
        choose(form, organisationId, "๒๕๖๖");
        assertThat(form.indicators.field(10).getValue()).isEmpty();

        _setValue(form.overallScore, "๘๖.๕๐");
        _setValue(form.indicators.instrumentField("EIT"), "๘๔");
        _setValue(form.indicators.field(2), "๘๔.๙๙");
        _click(form.save);

        Assessment saved = service.find(organisationId, FY_2566).orElseThrow();
        assertThat(saved.overallScore()).isEqualTo(Score.of("86.50"));
        // No rating published: the year's rule gives it; EIT under 85 keeps it at ผ่าน.
        assertThat(saved.rating().code()).isEqualTo("PASS");
        assertThat(saved.instrumentScore("EIT").orElseThrow().score()).isEqualTo(Score.of("84"));
        assertThat(saved.indicators().get(1).score()).isEqualTo(Score.of("84.99"));
        assertThat(saved.indicators().get(0).score()).isNull();
        assertThat(form.warnings.isVisible()).isFalse();
        // The view refreshed: FY 2566 is now the latest result.
        assertThat(_get(AssessmentView.class).overallScore.getText()).isEqualTo("86.50");
    }

    @Test
    void scoreAboveHundredOrWithThreeDecimals_isMarkedInThai_savesNothing_andKeepsWhatWasTyped() {
        long organisationId = newOrganisation();
        ResultEntryForm form = openAsCoordinator();
        choose(form, organisationId, "2566");

        _setValue(form.overallScore, "85.123");
        _setValue(form.indicators.field(1), "101");
        _setValue(form.indicators.field(2), "๘๔.๙๙");
        _click(form.save);

        assertThat(service.find(organisationId, FY_2566)).isEmpty();
        assertThat(form.overallScore.isInvalid()).isTrue();
        assertThat(form.overallScore.getErrorMessage())
                .isEqualTo("\"คะแนนภาพรวม\" มีทศนิยมได้ไม่เกิน 2 ตำแหน่ง แต่ได้รับ \"85.123\"");
        assertThat(form.indicators.field(1).isInvalid()).isTrue();
        assertThat(form.indicators.field(1).getErrorMessage()).isEqualTo("\"คะแนน\" ต้องอยู่ระหว่าง 0 ถึง 100 แต่ได้รับ \"101\"");
        assertThat(form.indicators.field(2).isInvalid()).isFalse();
        assertThat(getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .isEqualTo("มีช่องที่ต้องแก้ไข 2 ช่อง ยังไม่ได้บันทึกข้อมูลใด ๆ"));
        assertThat(form.overallScore.getValue()).isEqualTo("85.123");
        assertThat(form.indicators.field(1).getValue()).isEqualTo("101");
        assertThat(form.indicators.field(2).getValue()).isEqualTo("๘๔.๙๙");
    }

    @Test
    void gradeDisagreeingWithTheScore_isSavedAsPublished_withAVisibleWarning() {
        long organisationId = newOrganisation();
        ResultEntryForm form = openAsCoordinator();
        choose(form, organisationId, "2566");

        assertThat(form.grade.getListDataView().getItems().map(Rating::nameTh)).containsExactly(
                "ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน");
        _setValue(form.overallScore, "90.00");
        for (String instrument : new String[]{"IIT", "EIT", "OIT"}) {
            _setValue(form.indicators.instrumentField(instrument), "90");
        }
        _setValue(form.grade, form.grade.getListDataView().getItems().filter(r -> r.code().equals("PASS")).findFirst().orElseThrow());
        _click(form.save);

        assertThat(service.find(organisationId, FY_2566).orElseThrow().rating().code()).isEqualTo("PASS");
        assertThat(form.warnings.isVisible()).isTrue();
        assertThat(form.warnings.getChildren().map(c -> ((Paragraph) c).getText())).containsExactly(
                "ระดับผลการประเมินที่บันทึก (ผ่าน) ไม่ตรงกับเกณฑ์ของคะแนนภาพรวม 90.00 (ควรเป็น ผ่านดี) กรุณาตรวจสอบกับประกาศของสำนักงาน ป.ป.ช.");
    }

    @Test
    void yearWithoutFramework_isMarkedAtTheYearField() {
        ResultEntryForm form = openAsCoordinator();

        _setValue(form.fiscalYear, "2590");

        assertThat(form.fiscalYear.isInvalid()).isTrue();
        assertThat(form.fiscalYear.getErrorMessage()).isEqualTo("ยังไม่มีกรอบการประเมิน ITA ของปีงบประมาณ พ.ศ. 2590 ในระบบ");
        assertThat(form.indicators.field(1)).isNull();
    }

    @Test
    void executiveSeesNoEntryForm() {
        login("mayor");
        UI.getCurrent().navigate(AssessmentView.class);

        _get(AssessmentView.class);
        _assertNone(ResultEntryForm.class);
    }

    @Test
    void divisionOfficerSeesNoEntryForm() {
        login("finance.officer");
        UI.getCurrent().navigate("assessments");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(AssessmentView.class::isInstance)
                .noneMatch(ResultEntryForm.class::isInstance);
        assertThat(UI.getCurrent().getChildren()).noneMatch(AssessmentView.class::isInstance);
    }

    private ResultEntryForm openAsCoordinator() {
        login(own == null ? "coordinator" : own.userId("coordinator"));
        UI.getCurrent().navigate(AssessmentView.class);
        ResultEntryForm form = _get(ResultEntryForm.class);
        form.setOpened(true);
        return form;
    }

    private long newOrganisation() {
        own = testOrganisations.onboard();
        return own.id();
    }

    private static void choose(ResultEntryForm form, long organisationId, String year) {
        Organisation organisation = form.organisation.getListDataView().getItems()
                .filter(o -> o.id() == organisationId).findFirst().orElseThrow();
        _setValue(form.organisation, organisation);
        _setValue(form.fiscalYear, year);
    }
}
