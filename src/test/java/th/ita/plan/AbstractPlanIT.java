package th.ita.plan;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import th.ita.assessment.Assessment;
import th.ita.assessment.AssessmentService;
import th.ita.inbox.InboxService;
import th.ita.organisation.OrganisationService;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestUsers;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The improvement plan on a real database: the seeded report (its own year on record as history, and replayed in the
 * current fiscal year), drafting, approval and bad input.
 */
abstract class AbstractPlanIT {

    static final List<String> ALL_DIVISIONS = List.of("office", "finance", "works", "education");

    @Autowired PlanService planService;
    @Autowired th.ita.plan.MeasureStartJobs startJobs;
    @Autowired PlanImporter importer;
    @Autowired AssessmentService assessments;
    @Autowired OrganisationService organisations;
    @Autowired InboxService inbox;
    @Autowired TaskService taskService;
    @Autowired TestUsers users;
    @Autowired TestOrganisations testOrganisations;
    @Autowired java.time.Clock clock;
    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

    @Test
    void seededPlanMatchesTheReport() {
        FiscalYear current = FiscalYear.of(LocalDate.now(clock));
        Plan plan = demoPlan(current);
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.approvedBy()).isEqualTo("mayor");

        // Four distinct measures: the EIT and OIT tables (and IIT's second measure) share one text. Replayed in the
        // current fiscal year: due at its end, not years ago.
        assertThat(plan.measures()).hasSize(4)
                .allSatisfy(m -> assertThat(m.divisions()).containsExactlyElementsOf(ALL_DIVISIONS))
                .allSatisfy(m -> assertThat(m.dueDate()).isEqualTo(current.end()))
                .allSatisfy(m -> assertThat(current.contains(m.dueDate())).isTrue())
                .allSatisfy(m -> assertThat(m.status()).isEqualTo(MeasureStatus.RUNNING));
        PlanMeasure shared = plan.measures().get(1);
        assertThat(shared.text()).isEqualTo("มาตรการป้องกันละเว้นการปฏิบัติหน้าที่ตามคู่มือประชาชน");
        assertThat(shared.instruments()).containsExactly("IIT", "EIT", "OIT");

        Map<String, PlanSection> sections = plan.sections().stream()
                .collect(Collectors.toMap(PlanSection::instrument, s -> s));
        assertThat(sections.get("IIT").measureIds()).hasSize(4);
        assertThat(sections.get("EIT").measureIds()).containsExactly(shared.id());
        assertThat(sections.get("OIT").measureIds()).containsExactly(shared.id());
        assertThat(sections.get("IIT").weaknesses()).hasSize(7);
        assertThat(sections.get("IIT").approaches()).hasSize(7);
        assertThat(sections.get("EIT").weaknesses()).hasSize(2);
        assertThat(sections.get("EIT").approaches()).hasSize(3);
        assertThat(sections.get("OIT").weaknesses()).hasSize(2);
        assertThat(sections.get("OIT").approaches()).hasSize(2);
        assertThat(plan.guidelines()).containsOnlyKeys(2, 4, 10);
        assertThat(plan.guidelines().get(2)).hasSize(4);
        assertThat(plan.guidelines().get(4)).hasSize(8);
        assertThat(plan.guidelines().get(10)).hasSize(7);

    }

    /** The seed's own year stays on record beside the replay: FY 2565's results, FY 2566's plan with its outcomes. */
    @Test
    void seededYearIsOnRecordAsHistory_withItsOutcomes_andNoProcess() {
        Plan plan = demoPlan(FiscalYear.of(2566));
        assertThat(plan.status()).isEqualTo(PlanStatus.HISTORY);
        assertThat(plan.measures()).hasSize(4)
                .allSatisfy(m -> assertThat(m.status()).isEqualTo(MeasureStatus.DONE))
                .allSatisfy(m -> assertThat(m.processInstanceId()).isNull())
                .allSatisfy(m -> assertThat(m.dueDate()).isEqualTo(LocalDate.of(2023, 9, 30)));
        assertThat(planService.historyOutcomes(plan)).hasSize(16).allSatisfy(o -> assertThat(o.isDone()).isTrue());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("plan-" + plan.id()).count())
                .isZero();
        assertThat(plan.sections()).extracting(PlanSection::instrument).containsExactly("IIT", "EIT", "OIT");

        Assessment results = assessments.find(plan.assessmentId()).orElseThrow();
        assertThat(results.summary().fiscalYear()).isEqualTo(FiscalYear.of(2565));
        assertThat(assessments.failingIndicators(plan.assessmentId()))
                .extracting(r -> r.code().value(), r -> r.score().value().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "83.09"),
                        org.assertj.core.groups.Tuple.tuple(4, "81.13"),
                        org.assertj.core.groups.Tuple.tuple(10, "68.75"));
    }

    @Test
    void everyDemoAccountFindsWorkInTheSeededYear() {
        Plan plan = demoPlan(FiscalYear.of(LocalDate.now(clock)));
        List<String> demoInstances = plan.measures().stream().map(PlanMeasure::processInstanceId).toList();
        for (String account : List.of("office.officer", "office.head", "finance.officer", "finance.head",
                "works.officer", "works.head", "education.officer", "education.head", "mayor", "clerk")) {
            assertThat(inbox.page(users.user(account), InboxService.Filter.ALL, 0, 500))
                    .as(account).anyMatch(row -> demoInstances.contains(row.processInstanceId()));
        }
    }

    @Test
    void draftIsEditedThenApprovedAndItsMeasuresStart() {
        TestOrganisation org = testOrganisations.onboard();
        var coordinator = org.user("coordinator");
        long planId = importer.importPlan(planFile(org.nameTh(), "[a, b]"), org.id(), coordinator);
        Plan draft = planService.find(planId).orElseThrow();
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(draft.measures()).extracting(PlanMeasure::status).containsOnly(MeasureStatus.PLANNED);

        long added = planService.addMeasure(planId, new MeasureInput("จัดอบรมการใช้ทรัพย์สินของราชการ", List.of("IIT"),
                List.of(4), List.of("works"), draft.fiscalYear().start().plusMonths(6)), coordinator);
        planService.updateMeasure(added, new MeasureInput("จัดอบรมการใช้ทรัพย์สินของราชการแก่บุคลากร", List.of("IIT"),
                List.of(4), List.of("works", "office"), null), coordinator);
        planService.removeMeasure(draft.measures().get(1).id(), coordinator);

        planService.submitForApproval(planId, null, coordinator);
        planService.approve(planId, org.user("mayor"));
        startJobs.runNow(planId);

        Plan approved = planService.find(planId).orElseThrow();
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.measures()).hasSize(2).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(MeasureStatus.RUNNING);
            assertThat(taskService.createTaskQuery().processInstanceId(m.processInstanceId()).count())
                    .isEqualTo(m.divisions().size());
        });
        PlanMeasure edited = approved.measures().get(1);
        assertThat(edited.text()).isEqualTo("จัดอบรมการใช้ทรัพย์สินของราชการแก่บุคลากร");
        assertThat(edited.dueDate()).isEqualTo(draft.fiscalYear().end());
        assertThatThrownBy(() -> planService.removeMeasure(edited.id(), coordinator))
                .isInstanceOf(UserInputException.class).hasMessageContaining("plan.error.notDraft");
    }

    @Test
    void badMeasuresAreRejectedWithTheReason() {
        TestOrganisation org = testOrganisations.onboard();
        var coordinator = org.user("coordinator");
        long planId = importer.importPlan(planFile(org.nameTh(), "[a, b]"), org.id(), coordinator);
        expectRejected(() -> planService.addMeasure(planId, new MeasureInput(" ", List.of("IIT"), List.of(2), List.of("office"), null), coordinator), "error.required");
        expectRejected(() -> planService.addMeasure(planId, new MeasureInput("x", List.of("IIT"), List.of(2), List.of(), null), coordinator), "measure.error.noDivision");
        expectRejected(() -> planService.addMeasure(planId, new MeasureInput("x", List.of("IIT"), List.of(11), List.of("office"), null), coordinator), "plan.error.unknownIndicator");
        expectRejected(() -> planService.addMeasure(planId, new MeasureInput("x", List.of("XYZ"), List.of(2), List.of("office"), null), coordinator), "plan.error.unknownInstrument");
        expectRejected(() -> planService.addMeasure(planId, new MeasureInput("x", List.of("IIT"), List.of(2), List.of("office"), th.ita.support.TestYears.current().start().minusDays(1)), coordinator), "plan.error.dueOutsideYear");
        assertThatThrownBy(() -> planService.addMeasure(planId, new MeasureInput("x", List.of("IIT"), List.of(2), List.of("office"), null), org.user("finance.head")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planService.approve(planId, coordinator)).isInstanceOf(AccessDeniedException.class);
        assertThat(planService.find(planId).orElseThrow().measures()).hasSize(2);
    }

    @Test
    void rejectedImportSavesNothing() {
        TestOrganisation org = testOrganisations.onboard();
        var coordinator = org.user("coordinator");
        int plansBefore = planService.list().size();
        // A measure that is a bare word is a value of the wrong kind; a colon in the middle of a value breaks YAML itself.
        expectRejected(() -> importer.importPlan("measures: [unclosed".getBytes(StandardCharsets.UTF_8), org.id(), coordinator), "plan.error.badValue");
        expectRejected(() -> importer.importPlan("fiscalYear: 2570: 1".getBytes(StandardCharsets.UTF_8), org.id(), coordinator), "plan.error.yamlSyntax");
        // A typo of a key is named, never dropped silently (issue 23): the measure would lose its due date.
        byte[] typo = new String(planFile(org.nameTh(), "[a, b]"), StandardCharsets.UTF_8)
                .replace("indicators: [4], divisions", "indicators: [4], duedate: 2027-06-30, divisions").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.importPlan(typo, org.id(), coordinator)).isInstanceOfSatisfying(UserInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("plan.error.unknownKey");
            assertThat(e.arguments()).containsExactly("measures[1].duedate");
        });
        expectRejected(() -> importer.importPlan(new byte[0], org.id(), coordinator), "plan.error.emptyFile");
        expectRejected(() -> importer.importPlan(planFile(org.nameTh(), "[a, b, missing]"), org.id(), coordinator), "plan.error.unknownMeasureKey");
        assertThat(planService.list()).hasSize(plansBefore);
    }

    private static void expectRejected(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private Plan demoPlan(FiscalYear year) {
        long organisationId = organisations.find("เทศบาลตำบลบ้านตาล", "ฮอด", "เชียงใหม่").orElseThrow().id();
        return planService.list().stream()
                .filter(p -> p.organisation().equals("เทศบาลตำบลบ้านตาล") && p.fiscalYear().equals(year))
                .findFirst().flatMap(p -> planService.find(p.id()))
                .filter(p -> p.organisationId() == organisationId)
                .orElseThrow();
    }

    private static byte[] planFile(String organisation, String iitMeasures) {
        return th.ita.support.TestPlans.smallPlan(organisation, iitMeasures);
    }
}
