package th.ita.decision;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import th.ita.evidence.EvidenceService;
import th.ita.evidence.EvidenceVersion;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureOutcomes;
import th.ita.measure.MeasureService;
import th.ita.measure.MeasureVariables;
import th.ita.measure.PartOutcome;
import th.ita.plan.PlanImporter;
import th.ita.plan.PlanProcess;
import th.ita.plan.PlanService;
import th.ita.plan.PlanStatus;
import th.ita.support.MeasureSteps;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestPlans;
import th.ita.support.TestUsers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The decision records the processes write as their approval steps complete, walked through the services the
 * screens use (and once through the engine's own API, as Tasklist and /engine-rest do), and the service tasks that
 * refuse to act on a decision that is not on record.
 */
@SpringBootTest
@ActiveProfiles("test")
class DecisionRecordsProcessTest {

    @Autowired MeasureService measureService;
    @Autowired MeasureSteps steps;
    @Autowired Decisions decisions;
    @Autowired DecisionChain chain;
    @Autowired EvidenceService evidence;
    @Autowired MeasureOutcomes outcomes;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired PlanImporter importer;
    @Autowired PlanService plans;
    @Autowired th.ita.plan.MeasureStartJobs startJobs;
    @Autowired TestUsers users;
    @Autowired TestOrganisations testOrganisations;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachApprovalStepWritesOneChainedRecord_withDeciderRoleTimeAndTheEvidenceItCovered() {
        Instant engineTime = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        ClockUtil.setCurrentTime(Date.from(engineTime));
        String pi = start("finance", "works");

        steps.submit(pi, "finance");
        steps.review(pi, "finance", Decision.RETURN, "ขาดรายงานการประชุม");
        steps.submit(pi, "finance");
        steps.review(pi, "finance", Decision.ACCEPT, null);
        steps.accept(pi, "works");
        steps.checkComplete(pi);
        steps.approve(pi);

        List<DecisionRecord> records = decisions.of(pi);
        assertThat(records).extracting(DecisionRecord::seq, DecisionRecord::step, DecisionRecord::decidedBy,
                DecisionRecord::role, DecisionRecord::division, DecisionRecord::decision, DecisionRecord::reason)
                .containsExactly(
                        tuple(1, ImprovementMeasureProcess.TASK_HEAD_REVIEW, "finance.head", "head-finance", "finance", "RETURN", "ขาดรายงานการประชุม"),
                        tuple(2, ImprovementMeasureProcess.TASK_HEAD_REVIEW, "finance.head", "head-finance", "finance", "ACCEPT", null),
                        tuple(3, ImprovementMeasureProcess.TASK_HEAD_REVIEW, "works.head", "head-works", "works", "ACCEPT", null),
                        tuple(4, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, "coordinator", "ita-coordinator", null, "COMPLETE", null),
                        tuple(5, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL, "mayor", "executive", null, "APPROVE", null));
        assertThat(records).extracting(DecisionRecord::decidedAt).containsOnly(engineTime);

        List<EvidenceVersion> versions = evidence.versions(pi);
        assertThat(records.get(0).evidenceItems()).extracting(CoveredEvidence::id, CoveredEvidence::sha256)
                .containsExactly(items(versions, "finance", 1));
        assertThat(records.get(1).evidenceItems()).extracting(CoveredEvidence::id, CoveredEvidence::sha256)
                .containsExactly(items(versions, "finance", 2));
        assertThat(records.get(4).evidenceItems()).extracting(CoveredEvidence::id, CoveredEvidence::kind, CoveredEvidence::sha256)
                .containsExactlyInAnyOrderElementsOf(versions.stream().filter(EvidenceVersion::latestRound)
                        .map(v -> tuple(v.evidence().id().toString(), CoveredEvidence.FILE, v.evidence().sha256())).toList());
        assertThat(records.get(4).evidenceItems()).hasSize(2);
        assertThat(records.get(3).evidence()).isEqualTo(records.get(4).evidence());

        assertThat(chain.verify(pi)).isEqualTo(ChainStatus.intact(5));
        assertThat(records.get(0).prevHash()).isEqualTo(DecisionHash.GENESIS);
        assertThat(records.get(1).prevHash()).isEqualTo(records.get(0).rowHash());
        assertThat(outcomes.ofMeasure(pi)).extracting(PartOutcome::outcome).containsOnly(PartOutcome.Outcome.DONE);
    }

    @Test
    void modificationToRecordDoneWhileTheExecutiveHasNotDecided_isRefused_andNothingIsRecorded() {
        String pi = start("finance");
        steps.accept(pi, "finance");
        steps.checkComplete(pi);
        List<PartOutcome> before = outcomes.ofMeasure(pi);

        assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(pi)
                .startBeforeActivity("ServiceTask_RecordDone").execute())
                .isInstanceOf(DecisionNotOnRecordException.class).hasMessageContaining(pi);

        assertThat(outcomes.ofMeasure(pi)).isEqualTo(before)
                .extracting(PartOutcome::outcome).containsOnly(PartOutcome.Outcome.OPEN);
        assertThat(decisions.of(pi)).hasSize(2);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult()).isNotNull();
    }

    @Test
    void aReturnIsNotAnApproval_recordDoneByModificationAfterItIsRefused() {
        String pi = start("finance");
        steps.accept(pi, "finance");
        steps.checkComplete(pi);
        Task executive = steps.task(pi, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL, null);
        completeAsTasklistWould(executive, "mayor", "executive",
                MeasureVariables.executiveDecided(Decision.RETURN_TO_COORDINATOR, List.of(), "ขอตรวจอีกครั้ง"));

        assertThat(decisions.latest(pi)).get().extracting(DecisionRecord::decidedBy, DecisionRecord::role,
                DecisionRecord::decision).containsExactly("mayor", "executive", "RETURN_TO_COORDINATOR");
        assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(pi)
                .startBeforeActivity("ServiceTask_RecordDone").execute())
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("No decision on record");
        assertThat(outcomes.ofMeasure(pi)).extracting(PartOutcome::outcome).containsOnly(PartOutcome.Outcome.OPEN);

        steps.checkComplete(pi);
        completeAsTasklistWould(steps.task(pi, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL, null), "mayor",
                "executive", MeasureVariables.executiveDecided(Decision.APPROVE, List.of(), "ผ่าน"));
        assertThat(outcomes.ofMeasure(pi)).extracting(PartOutcome::outcome).containsOnly(PartOutcome.Outcome.DONE);
        assertThat(decisions.of(pi)).extracting(DecisionRecord::decision)
                .containsExactly("ACCEPT", "COMPLETE", "RETURN_TO_COORDINATOR", "COMPLETE", "APPROVE");
        assertThat(chain.verify(pi).isIntact()).isTrue();
    }

    @Test
    void planIsFrozenOnlyAfterTheExecutivesApprovalIsOnRecord() {
        TestOrganisation org = testOrganisations.onboard();
        long planId = importer.importPlan(TestPlans.smallPlan(org.nameTh(), "[a, b]"), org.id(), org.user("coordinator"));
        plans.submitForApproval(planId, null, org.user("coordinator"));
        String planProcess = runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanProcess.KEY)
                .processInstanceBusinessKey("plan-" + planId).singleResult().getId();

        assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(planProcess)
                .startBeforeActivity("ServiceTask_FreezePlan").execute())
                .isInstanceOf(DecisionNotOnRecordException.class);
        assertThat(plans.find(planId).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);

        plans.approve(planId, org.user("mayor"));
        startJobs.runNow(planId);
        assertThat(plans.find(planId).orElseThrow().status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(decisions.of(planProcess)).singleElement().satisfies(r -> {
            assertThat(r.step()).isEqualTo(PlanProcess.TASK_APPROVE_PLAN);
            assertThat(r.decidedBy()).isEqualTo(org.userId("mayor"));
            assertThat(r.role()).isEqualTo("executive");
            assertThat(r.decision()).isEqualTo("APPROVE");
            assertThat(r.evidenceItems()).isEmpty();
        });
    }

    private String start(String... divisions) {
        return measureService.start("มาตรการบันทึกการตัดสินใจ " + UUID.randomUUID(), List.of(divisions),
                users.user("coordinator"));
    }

    /**
     * Tasklist's way: the user claims, then completes with the form's variables, authenticated in the engine with
     * their organisation's tenant (as the webapps sign them in).
     */
    private void completeAsTasklistWould(Task task, String userId, String group, java.util.Map<String, Object> variables) {
        identityService.setAuthentication(userId, List.of(group), users.user(userId).tenantIds());
        try {
            taskService.claim(task.getId(), userId);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static org.assertj.core.groups.Tuple[] items(List<EvidenceVersion> versions, String division, int round) {
        return versions.stream().filter(v -> division.equals(v.evidence().divisionCode()) && v.round() == round)
                .map(v -> tuple(v.evidence().id().toString(), v.evidence().sha256()))
                .toArray(org.assertj.core.groups.Tuple[]::new);
    }
}
