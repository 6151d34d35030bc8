package th.ita.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.IndicatorCode;
import th.ita.assessment.Results;
import th.ita.assessment.Score;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A year never stands alone: FY 2566's plan, judged by FY 2566's results, starts FY 2567's draft; and a plan exported
 * as its file comes back, with only the year changed, as the same plan of that year.
 */
@SpringBootTest
@ActiveProfiles("test")
class YearOverYearTest {

    static final String PLAN_2566 = """
            organisation: { nameTh: "%s" }
            fiscalYear: 2566
            guidelines:
              "2": [เปิดเผยข้อมูลการใช้งบประมาณ, เปิดช่องทางแจ้งเบาะแส]
              "4": [จัดทำคู่มือการใช้ทรัพย์สินของราชการ]
            measures:
              - { key: budget, text: มาตรการเปิดเผยข้อมูลการใช้งบประมาณ, indicators: [2], divisions: [finance], dueDate: 2023-03-31 }
              - { key: assets, text: "มาตรการตรวจสอบการใช้ทรัพย์สิน: ยืม-คืน", indicators: [4, 5], divisions: [works, office] }
            sections:
              - instrument: IIT
                finding: การใช้งบประมาณและทรัพย์สินเป็นจุดอ่อน
                weaknesses: [การใช้งบประมาณ, การใช้ทรัพย์สินของทางราชการ]
                approaches: [ประกาศแผนการใช้งบประมาณ]
                measures: [budget, assets]
              - instrument: OIT
                weaknesses: [การเปิดเผยข้อมูล]
                measures: [budget]
            """;

    @Autowired TestOrganisations organisations;
    @Autowired PlanImporter importer;
    @Autowired PlanExporter exporter;
    @Autowired PlanService plans;
    @Autowired NextYearPlan nextYear;
    @Autowired AssessmentService assessments;

    TestOrganisation org;
    long plan2566;

    @BeforeEach
    void aPlanOfFy2566() {
        org = organisations.onboard();
        plan2566 = importer.importPlan(PLAN_2566.formatted(org.nameTh()).getBytes(StandardCharsets.UTF_8), org.id(),
                org.user("coordinator"));
    }

    @Test
    void exportedPlanImportedWithAnotherYear_isTheSamePlanOfThatYear() {
        String file = new String(exporter.export(plan2566, org.user("coordinator")).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(file).contains("fiscalYear: 2566").contains("exportedFromFiscalYear: 2566");

        // The one line a user changes ("exportedFromFiscalYear" differs in case, so it stays).
        long copy = importer.importPlan(file.replace("fiscalYear: 2566\n", "fiscalYear: 2567\n").getBytes(StandardCharsets.UTF_8), org.id(), org.user("coordinator"));

        Plan before = plans.find(plan2566).orElseThrow();
        Plan after = plans.find(copy).orElseThrow();
        assertThat(after.fiscalYear()).isEqualTo(FiscalYear.of(2567));
        assertSamePlan(before, after);
        assertThat(after.measures()).extracting(PlanMeasure::dueDate)
                .containsExactly(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 9, 30));
        assertThat(after.guidelines()).isEqualTo(before.guidelines());
    }

    @Test
    void exportOfAnotherOrganisationsPlan_isEmpty() {
        TestOrganisation other = organisations.onboard();
        assertThat(exporter.export(plan2566, other.user("coordinator"))).isEmpty();
        assertThat(exporter.export(plan2566, org.user("finance.officer"))).isPresent();
    }

    @Test
    void nextYearsDraft_copiesTablesAndMeasures_andTheGuidelinesOfIndicatorsStillFailing() {
        // FY 2566's results: indicator 2 still fails, indicator 4 now passes.
        assessments.save(org.id(), FiscalYear.of(2566), new Results(Score.of("86.10"), null,
                Map.of(IndicatorCode.of(2), Score.of("80.00"), IndicatorCode.of(4), Score.of("91.50"))),
                org.user("coordinator"));

        long draftId = nextYear.start(plan2566, org.user("coordinator"));

        Plan before = plans.find(plan2566).orElseThrow();
        Plan draft = plans.find(draftId).orElseThrow();
        assertThat(draft.fiscalYear()).isEqualTo(FiscalYear.of(2567));
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(draft.assessmentId()).isEqualTo(assessments.find(org.id(), FiscalYear.of(2566)).orElseThrow().id());
        assertSamePlan(before, draft);
        assertThat(draft.measures()).allSatisfy(m -> {
            assertThat(m.processInstanceId()).isNull();
            assertThat(m.status()).isEqualTo(MeasureStatus.PLANNED);
        });
        assertThat(draft.measures()).extracting(PlanMeasure::dueDate)
                .containsExactly(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 9, 30));
        assertThat(draft.guidelines()).containsOnlyKeys(2)
                .containsEntry(2, List.of("เปิดเผยข้อมูลการใช้งบประมาณ", "เปิดช่องทางแจ้งเบาะแส"));
        // The year before keeps its own plan untouched.
        assertThat(before.guidelines()).containsOnlyKeys(2, 4);
    }

    @Test
    void withoutResultsOfTheYear_everyGuidelineIsCarriedOver() {
        long draftId = nextYear.start(plan2566, org.user("coordinator"));
        assertThat(plans.find(draftId).orElseThrow().guidelines()).containsOnlyKeys(2, 4);
    }

    @Test
    void nextYearIsRefused_whenItsPlanExists_forAnotherOrganisation_andForOtherRoles() {
        nextYear.start(plan2566, org.user("coordinator"));
        assertThatThrownBy(() -> nextYear.start(plan2566, org.user("coordinator")))
                .isInstanceOfSatisfying(UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.error.nextExists"));

        TestOrganisation other = organisations.onboard();
        assertThatThrownBy(() -> nextYear.start(plan2566, other.user("coordinator")))
                .isInstanceOfSatisfying(UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.error.notFound"));
        assertThatThrownBy(() -> nextYear.start(plan2566, org.user("mayor"))).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertSamePlan(Plan before, Plan after) {
        assertThat(after.measures()).extracting(PlanMeasure::text, PlanMeasure::instruments, PlanMeasure::indicators,
                        PlanMeasure::divisions)
                .containsExactlyElementsOf(before.measures().stream().map(m -> tuple(
                        m.text(), m.instruments(), m.indicators(), m.divisions())).toList());
        assertThat(after.sections()).extracting(PlanSection::instrument, PlanSection::finding, PlanSection::weaknesses,
                        PlanSection::approaches)
                .containsExactlyElementsOf(before.sections().stream().map(s -> tuple(
                        s.instrument(), s.finding(), s.weaknesses(), s.approaches())).toList());
        // Which tables list which measures: by the measures' order, since the ids are new.
        assertThat(after.sections().stream().map(s -> s.measureIds().stream()
                .map(id -> seq(after, id)).toList()).toList())
                .isEqualTo(before.sections().stream().map(s -> s.measureIds().stream()
                        .map(id -> seq(before, id)).toList()).toList());
    }

    private static int seq(Plan plan, long measureId) {
        return plan.measures().stream().filter(m -> m.id() == measureId).findFirst().orElseThrow().seq();
    }
}
