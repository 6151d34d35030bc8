package th.ita.audit;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.audit.TimelineEntry.Kind;
import th.ita.evidence.EvidenceFile;
import th.ita.inbox.InboxService;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureService;
import th.ita.measure.MeasureTaskService;
import th.ita.plan.Plan;
import th.ita.plan.PlanImporter;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanService;
import th.ita.shared.UserInputException;
import th.ita.support.TestPdf;
import th.ita.security.CurrentUser;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestPlans;
import th.ita.support.TestUsers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The audit trail on a real database: one measure walked through the services the screens use, then read back
 * whole and filtered; a plan's trail across its measures. Subclasses choose the database.
 */
abstract class AbstractAuditIT {

    @Autowired MeasureHistoryService history;
    @Autowired MeasureService measureService;
    @Autowired MeasureTaskService measureTaskService;
    @Autowired InboxService inbox;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.IdentityService identityService;
    @Autowired PlanImporter importer;
    @Autowired PlanService planService;
    @Autowired th.ita.plan.MeasureStartJobs startJobs;
    @Autowired TestUsers users;
    @Autowired TestOrganisations testOrganisations;

    String pi;

    @BeforeEach
    void walkOneMeasure() {
        pi = measureService.start("มาตรการตรวจสอบ " + UUID.randomUUID(), List.of("finance"), users.user("coordinator"));
        walk(pi, "finance", users::user);
    }

    @Test
    void everyStepAppearsOnceInOrderWithItsUser_includingTheClaims() {
        assertThat(history.timeline(pi))
                .extracting(TimelineEntry::kind, TimelineEntry::userId)
                .containsExactly(
                        tuple(Kind.STARTED, "coordinator"),
                        tuple(Kind.CLAIMED, "finance.officer"),
                        tuple(Kind.EVIDENCE, "finance.officer"),
                        tuple(Kind.COMMENT, "finance.officer"),
                        tuple(Kind.TASK_COMPLETED, "finance.officer"),
                        // Heads and executives who act without claiming first are claimed for by the service.
                        tuple(Kind.CLAIMED, "finance.head"),
                        tuple(Kind.TASK_COMPLETED, "finance.head"),
                        tuple(Kind.CLAIMED, "coordinator"),
                        tuple(Kind.TASK_COMPLETED, "coordinator"),
                        tuple(Kind.CLAIMED, "mayor"),
                        tuple(Kind.TASK_COMPLETED, "mayor"),
                        tuple(Kind.ENDED, null));
        assertThat(history.timeline(pi)).filteredOn(e -> e.kind() == Kind.CLAIMED)
                .extracting(TimelineEntry::taskName)
                .containsExactly("ดำเนินการและส่งหลักฐาน", "หัวหน้ากองตรวจสอบ",
                        "ผู้ประสานงาน ITA ตรวจความครบถ้วน", "ผู้บริหารอนุมัติ");
    }

    @Test
    void aDecisionTakenWithoutAComment_showsWithItsReasonFromTheDecisionRecord() {
        String other = measureService.start("มาตรการส่งกลับทางเครื่องมือ " + UUID.randomUUID(), List.of("finance"),
                users.user("coordinator"));
        measureTaskService.submitWork(taskService.createTaskQuery().processInstanceId(other).singleResult().getId(),
                "ทำแล้ว", List.of(new EvidenceFile("r.pdf", TestPdf.minimal("r"))), users.user("finance.officer"));
        Task review = taskService.createTaskQuery().processInstanceId(other).singleResult();
        // As /engine-rest or Tasklist complete a task: the form's fields, no comment.
        identityService.setAuthentication("finance.head", List.of("head-finance"), users.user("finance.head").tenantIds());
        try {
            taskService.claim(review.getId(), "finance.head");
            taskService.complete(review.getId(), org.camunda.bpm.engine.variable.Variables.createVariables()
                    .putValue("headDecision", "RETURN").putValue("headReason", "ภาพถ่ายไม่ชัด"));
        } finally {
            identityService.clearAuthentication();
        }

        assertThat(history.timeline(other)).filteredOn(e -> e.kind() == Kind.TASK_COMPLETED)
                .extracting(TimelineEntry::userId, TimelineEntry::detail)
                .contains(tuple("finance.head", "ส่งกลับแก้ไข · ภาพถ่ายไม่ชัด"));
        assertThat(history.timeline(other)).filteredOn(e -> e.kind() == Kind.COMMENT)
                .extracting(TimelineEntry::userId).doesNotContain("finance.head");
    }

    @Test
    void filtersByUserDivisionActionAndDays() {
        assertThat(history.timeline(pi, filter("finance.head", null, null, null, null)))
                .extracting(TimelineEntry::kind).containsExactly(Kind.CLAIMED, Kind.TASK_COMPLETED);
        // The division's tasks (officer's work, head's review), not the start, the executive or the end.
        assertThat(history.timeline(pi, filter(null, "finance", null, null, null)))
                .extracting(TimelineEntry::userId).containsOnly("finance.officer", "finance.head").hasSize(6);
        assertThat(history.timeline(pi, filter(null, "works", null, null, null))).isEmpty();
        assertThat(history.timeline(pi, filter(null, null, Kind.CLAIMED, null, null)))
                .extracting(TimelineEntry::userId).containsExactly("finance.officer", "finance.head", "coordinator", "mayor");
        // The day the steps were recorded, not today: by now it may be the next day.
        LocalDate today = history.timeline(pi).get(0).time().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        assertThat(history.timeline(pi, filter(null, null, null, today, today))).hasSize(12);
        assertThat(history.timeline(pi, filter(null, null, null, today.minusDays(3), today.minusDays(1)))).isEmpty();
        assertThat(history.timeline(pi, filter(null, null, null, today.plusDays(1), null))).isEmpty();
        assertThatThrownBy(() -> filter(null, null, null, today, today.minusDays(1)))
                .isInstanceOf(UserInputException.class).hasMessageContaining("audit.error.range");
    }

    @Test
    void planTrailCoversItsMeasures_taggedWithTheMeasure() {
        TestOrganisation org = testOrganisations.onboard();
        long planId = importer.importPlan(TestPlans.smallPlan(org.nameTh(), "[a, b]"), org.id(), org.user("coordinator"));
        planService.submitForApproval(planId, null, org.user("coordinator"));
        planService.approve(planId, org.user("mayor"));
        startJobs.runNow(planId);
        Plan plan = planService.find(planId).orElseThrow();
        PlanMeasure first = plan.measures().get(0);
        walk(first.processInstanceId(), "finance", org::user);

        List<TimelineEntry> all = history.planTimeline(planId, org.user("coordinator"), AuditFilter.NONE).orElseThrow();
        assertThat(all).extracting(TimelineEntry::measure).containsOnly(
                "1. มาตรการเปิดเผยข้อมูลการใช้งบประมาณ", "2. มาตรการตรวจสอบการใช้ทรัพย์สิน");
        assertThat(all).filteredOn(e -> e.kind() == Kind.STARTED).hasSize(2);
        assertThat(history.planTimeline(planId, org.user("coordinator"), filter(null, "finance", Kind.TASK_COMPLETED, null, null)).orElseThrow())
                .extracting(TimelineEntry::userId, TimelineEntry::measure)
                .containsExactly(tuple(org.userId("finance.officer"), "1. มาตรการเปิดเผยข้อมูลการใช้งบประมาณ"),
                        tuple(org.userId("finance.head"), "1. มาตรการเปิดเผยข้อมูลการใช้งบประมาณ"));
        assertThat(history.planTimeline(-1, org.user("coordinator"), AuditFilter.NONE)).isEmpty();
    }

    private static AuditFilter filter(String user, String division, Kind kind, LocalDate from, LocalDate to) {
        return new AuditFilter(user, division, kind, from, to);
    }

    /**
     * Officer claims and submits, the head accepts, the coordinator finds it complete, the mayor approves: the measure
     * ends. {@code people} gives the organisation's user of a role ("finance.officer", "mayor"...).
     */
    private void walk(String processInstanceId, String division, Function<String, CurrentUser> people) {
        Task work = task(processInstanceId, ImprovementMeasureProcess.TASK_DIVISION_WORK);
        inbox.claim(work.getId(), people.apply(division + ".officer"));
        measureTaskService.submitWork(work.getId(), "ดำเนินการแล้ว", List.of(new EvidenceFile("รายงาน.pdf",
                TestPdf.minimal(division))), people.apply(division + ".officer"));
        measureTaskService.reviewAsHead(task(processInstanceId, ImprovementMeasureProcess.TASK_HEAD_REVIEW).getId(),
                Decision.ACCEPT, null, people.apply(division + ".head"));
        measureTaskService.checkAsCoordinator(task(processInstanceId, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK).getId(),
                Decision.COMPLETE, null, null, people.apply("coordinator"));
        measureTaskService.decideAsExecutive(task(processInstanceId, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL).getId(),
                Decision.APPROVE, null, people.apply("mayor"));
    }

    private Task task(String processInstanceId, String key) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
    }
}
