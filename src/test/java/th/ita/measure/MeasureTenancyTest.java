package th.ita.measure;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import th.ita.approval.ApprovalService;
import th.ita.approval.ApprovalSummary;
import th.ita.inbox.TaskCommentService;
import th.ita.shared.UserInputException;
import th.ita.support.OrganisationWork;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A measure waiting for organisation A's executive: B's executive does not see it in the approval queue and cannot
 * decide it, B's coordinator cannot withdraw it, and nobody of B reads or writes its comments. To B it is gone.
 */
@SpringBootTest
@ActiveProfiles("test")
class MeasureTenancyTest {

    @Autowired TestOrganisations organisations;
    @Autowired OrganisationWork work;
    @Autowired ApprovalService approvals;
    @Autowired MeasureTaskService measureTasks;
    @Autowired MeasureService measures;
    @Autowired TaskCommentService comments;
    @Autowired RuntimeService runtimeService;

    TestOrganisation a;
    TestOrganisation b;
    String measureOfA;
    String approvalTaskOfA;

    @BeforeEach
    void aMeasureOfAAtTheExecutive() {
        a = organisations.onboard();
        b = organisations.onboard();
        measureOfA = OrganisationWork.measureProcess(work.approvedPlan(a, "finance"));
        work.toExecutive(a, measureOfA, "finance");
        approvalTaskOfA = work.task(measureOfA, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL).getId();
    }

    @Test
    void approvalQueue_holdsOnlyTheExecutivesOwnOrganisationsMeasures() {
        assertThat(approvals.count(a.user("mayor"))).isEqualTo(1);
        List<ApprovalSummary> queueOfA = approvals.page(a.user("mayor"), 0, 10);
        assertThat(queueOfA).hasSize(1);

        assertThat(approvals.count(b.user("mayor"))).isZero();
        assertThat(approvals.page(b.user("mayor"), 0, 10)).isEmpty();
        assertThatThrownBy(() -> approvals.approveAll(queueOfA, b.user("mayor")))
                .isInstanceOf(UserInputException.class)
                .cause().isInstanceOfSatisfying(UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("task.error.gone"));
        assertThat(approvals.count(a.user("mayor"))).isEqualTo(1);
    }

    @Test
    void anotherOrganisationsExecutive_cannotDecideTheMeasure() {
        assertGone(() -> measureTasks.decideAsExecutive(approvalTaskOfA, Decision.APPROVE, null, b.user("mayor")));
        assertGone(() -> measureTasks.divisionsOf(approvalTaskOfA, b.user("mayor")));

        measureTasks.decideAsExecutive(approvalTaskOfA, Decision.APPROVE, null, a.user("mayor"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(measureOfA).count()).isZero();
    }

    @Test
    void anotherOrganisationsCoordinator_cannotWithdrawTheMeasure_asIfItWereNotRunning() {
        assertThatThrownBy(() -> measures.withdraw(measureOfA, "ไม่ใช่ของเรา", b.user("coordinator")))
                .isInstanceOfSatisfying(UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("measure.error.notRunning"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(measureOfA).count()).isEqualTo(1);

        measures.withdraw(measureOfA, "ยกเลิกมาตรการ", a.user("coordinator"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(measureOfA).count()).isZero();
    }

    @Test
    void anotherOrganisation_neitherReadsNorWritesTheMeasuresComments() {
        comments.add(approvalTaskOfA, "โปรดพิจารณา", a.user("mayor"));

        assertGone(() -> comments.thread(approvalTaskOfA, b.user("mayor")));
        assertGone(() -> comments.add(approvalTaskOfA, "แทรก", b.user("mayor")));
        assertThat(comments.thread(approvalTaskOfA, a.user("mayor")))
                .extracting(c -> c.message()).contains("โปรดพิจารณา").doesNotContain("แทรก");
    }

    private static void assertGone(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("task.error.gone"));
    }
}
