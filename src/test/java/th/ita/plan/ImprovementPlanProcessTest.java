package th.ita.plan;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureOutcomes;
import th.ita.measure.PartOutcome;
import th.ita.report.YearEndReportService;
import th.ita.shared.UserInputException;
import th.ita.support.MeasureSteps;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestPlans;
import th.ita.support.TestUsers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every path of {@code bpmn/improvement-plan.bpmn} with the real measure processes under it: the plan returned
 * and re-approved, the year closed by its timer or by the coordinator (with measures still open, or after all
 * finished), the report generated, returned once and signed off. Flow-node coverage must reach 100%.
 */
@SpringBootTest(properties = "ita.demo.plan=false")
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, ImprovementPlanProcessTest.FullCoverage.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ImprovementPlanProcessTest {

    /**
     * The engine's time: a day inside the test plans' year (the current fiscal year: an ended year's plan is never
     * approved), so the year end still lies ahead; and the day after it.
     */
    private static final LocalDate MID_YEAR = th.ita.support.TestYears.current().end().minusMonths(4);
    private static final LocalDate AFTER_YEAR_END = th.ita.support.TestYears.current().end().plusDays(1);

    @TestConfiguration
    static class FullCoverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties planCoverage() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .assertClassCoverageAtLeast(1.0)
                    .excludeProcessDefinitionKeys("improvement-measure")
                    .build();
        }
    }

    @Autowired ProcessEngine engine;
    @Autowired PlanImporter importer;
    @Autowired PlanService planService;
    @Autowired MeasureOutcomes outcomes;
    @Autowired YearEndReportService reports;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired TestUsers users;
    @Autowired MeasureSteps steps;
    @Autowired TestOrganisations testOrganisations;
    @Autowired MeasureStartJobs startJobs;

    private final Map<Long, TestOrganisation> organisations = new HashMap<>();

    @BeforeEach
    void midYear() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(date(MID_YEAR));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void planReturnedWithAReason_thenResubmittedAndApproved_startsOneMeasureProcessPerMeasure() {
        long planId = importPlan();
        ProcessInstance plan = planInstance(planId);
        assertThat(plan).isWaitingAt(PlanProcess.TASK_DRAFT_PLAN);
        assertThatThrownBy(() -> planService.approve(planId, people(planId).user("mayor"))).isInstanceOf(UserInputException.class);

        planService.submitForApproval(planId, "เสนอแผน", people(planId).user("coordinator"));
        // While the executive considers it, the draft does not change under them.
        long measureId = planService.find(planId).orElseThrow().measures().get(0).id();
        assertThatThrownBy(() -> planService.removeMeasure(measureId, people(planId).user("coordinator")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("plan.error.submitted");
        assertThatThrownBy(() -> planService.returnDraft(planId, "ไม่มีเหตุผล", people(planId).user("coordinator")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planService.returnDraft(planId, " ", people(planId).user("mayor"))).isInstanceOf(UserInputException.class);
        planService.returnDraft(planId, "เพิ่มมาตรการด้านการเปิดเผยข้อมูล", people(planId).user("mayor"));
        assertThat(plan).isWaitingAt(PlanProcess.TASK_DRAFT_PLAN);
        planService.addGuideline(planId, 9, 1, "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือน", people(planId).user("coordinator"));
        assertThat(planService.find(planId).orElseThrow().isDraft()).isTrue();

        planService.submitForApproval(planId, null, people(planId).user("coordinator"));
        planService.approve(planId, people(planId).user("mayor"));

        // The approval froze the plan and committed without starting a measure: each waits in a job of its own,
        // carrying its data, so one that fails to start is retried alone and the others go on.
        assertThat(planService.find(planId).orElseThrow().status()).isEqualTo(PlanStatus.APPROVED);
        List<Job> starts = startJobs.pending(planId);
        assertThat(starts).hasSize(2).allSatisfy(job -> assertThat(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).isExclusive()).isTrue());
        assertThat(measureProcesses(plan)).isZero();
        managementService.executeJob(starts.get(0).getId());
        assertThat(measureProcesses(plan)).isEqualTo(1);
        assertThat(startJobs.runNow(planId)).isEqualTo(1);

        assertThat(plan).isWaitingAt("CallActivity_Measures");
        Plan approved = planService.find(planId).orElseThrow();
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(people(planId).userId("mayor"));
        assertThat(approved.measures()).allSatisfy(m -> assertThat(m.processInstanceId()).isNotNull());
        assertThat(measureProcesses(plan)).isEqualTo(2);
        // Each measure's process got its plan measure's data from the collection.
        for (PlanMeasure measure : approved.measures()) {
            Map<String, Object> variables = engine.getRuntimeService().getVariables(measure.processInstanceId());
            assertThat(th.ita.measure.MeasureVariables.measureTitle(variables)).isEqualTo(measure.text());
            assertThat(th.ita.measure.MeasureVariables.divisions(variables)).isEqualTo(measure.divisions());
            assertThat(th.ita.measure.MeasureVariables.planMeasureId(variables)).isEqualTo(measure.id());
            assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(measure.processInstanceId()).singleResult().getBusinessKey())
                    .isEqualTo("plan-" + planId + "-measure-" + measure.id());
        }
    }

    private long measureProcesses(ProcessInstance plan) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ImprovementMeasureProcess.KEY).superProcessInstanceId(plan.getId()).count();
    }

    @Test
    void yearEndTimer_closesOpenMeasuresAsNotDone_keepsFinishedOnesDone_thenReportReturnedOnceAndSignedOff() {
        long planId = importPlan();
        ProcessInstance plan = planInstance(planId);
        approve(planId);
        finishMeasure(planId, 0);

        ClockUtil.setCurrentTime(date(AFTER_YEAR_END));
        runJobs(plan);

        assertThat(plan).isWaitingAt(PlanProcess.TASK_REVIEW_REPORT);
        assertThat(outcomes.ofPlan(planId)).extracting(PartOutcome::divisionCode, PartOutcome::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("finance", PartOutcome.Outcome.DONE),
                org.assertj.core.groups.Tuple.tuple("office", PartOutcome.Outcome.NOT_DONE),
                org.assertj.core.groups.Tuple.tuple("works", PartOutcome.Outcome.NOT_DONE));
        assertThat(reports.versions(planId)).hasSize(1);
        // Every step has a due date: the report's review two weeks after it was generated.
        assertThat(taskService.createTaskQuery().processInstanceId(plan.getId()).singleResult().getDueDate())
                .isEqualTo(date(AFTER_YEAR_END.plusDays(14)));

        planService.submitReport(planId, "ตรวจแล้ว", people(planId).user("coordinator"));
        planService.signOffReport(planId, false, "แก้ไขชื่อกองในตาราง", people(planId).user("mayor"));
        assertThat(plan).isWaitingAt(PlanProcess.TASK_REVIEW_REPORT);
        planService.submitReport(planId, null, people(planId).user("coordinator"));
        planService.signOffReport(planId, true, null, people(planId).user("mayor"));

        assertThat(plan).isEnded().hasPassed(PlanProcess.END_PLAN_CLOSED);
        assertThat(reports.latest(planId).orElseThrow().signedOffBy()).isEqualTo(people(planId).userId("mayor"));
    }

    @Test
    void coordinatorClosesTheYearEarly_openMeasuresEndNotDone() {
        long planId = importPlan();
        ProcessInstance plan = planInstance(planId);
        approve(planId);
        assertThatThrownBy(() -> planService.closeYear(planId, people(planId).user("mayor"))).isInstanceOf(AccessDeniedException.class);

        planService.closeYear(planId, people(planId).user("coordinator"));
        runJobs(plan);

        assertThat(plan).isWaitingAt(PlanProcess.TASK_REVIEW_REPORT);
        assertThat(outcomes.ofPlan(planId)).extracting(PartOutcome::outcome).containsOnly(PartOutcome.Outcome.NOT_DONE);
    }

    @Test
    void everyMeasureFinishedBeforeYearEnd_thePlanWaitsForTheYearEnd_orTheCoordinatorsClose() {
        long byTimer = importPlan();
        long byCoordinator = importPlan();
        for (long planId : List.of(byTimer, byCoordinator)) {
            approve(planId);
            finishMeasure(planId, 0);
            finishMeasure(planId, 1);
            assertThat(planInstance(planId)).isWaitingAt("Gateway_WaitForYearEnd");
        }

        planService.closeYear(byCoordinator, people(byCoordinator).user("coordinator"));
        assertThat(planInstance(byCoordinator)).isWaitingAt(PlanProcess.TASK_REVIEW_REPORT);

        ClockUtil.setCurrentTime(date(AFTER_YEAR_END));
        runJobs(planInstance(byTimer));
        assertThat(planInstance(byTimer)).isWaitingAt(PlanProcess.TASK_REVIEW_REPORT);
        assertThat(outcomes.ofPlan(byTimer)).extracting(PartOutcome::outcome).containsOnly(PartOutcome.Outcome.DONE);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A plan of an organisation of its own (one plan per organisation and year). */
    private long importPlan() {
        TestOrganisation organisation = testOrganisations.onboard();
        long planId = importer.importPlan(TestPlans.smallPlan(organisation.nameTh(), "[a, b]"), organisation.id(),
                organisation.user("coordinator"));
        organisations.put(planId, organisation);
        return planId;
    }

    /** The people of the plan's organisation. */
    private TestOrganisation people(long planId) {
        return organisations.get(planId);
    }

    private ProcessInstance planInstance(long planId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PlanProcess.KEY)
                .processInstanceBusinessKey(PlanProcess.businessKey(planId)).singleResult();
    }

    private void approve(long planId) {
        planService.submitForApproval(planId, null, people(planId).user("coordinator"));
        planService.approve(planId, people(planId).user("mayor"));
        startJobs.runNow(planId);
    }

    /** Walks the plan's measure number {@code index} to the executive's approval. */
    private void finishMeasure(long planId, int index) {
        PlanMeasure measure = planService.find(planId).orElseThrow().measures().get(index);
        String pi = measure.processInstanceId();
        MeasureSteps steps = this.steps.of(people(planId));
        steps.accept(pi, measure.divisions().toArray(String[]::new));
        steps.checkComplete(pi);
        steps.approve(pi);
    }

    /** Runs the plan's due jobs (the year-end timer, then the asynchronous close) until none is left. */
    private void runJobs(ProcessInstance plan) {
        for (int round = 0; round < 5; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(plan.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
