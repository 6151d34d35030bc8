package th.ita.inbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import th.ita.assessment.IndicatorCode;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.security.DivisionMembers;
import th.ita.shared.UserInputException;
import th.ita.support.OrganisationWork;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The inbox of one organisation never shows, counts or lets anyone take another organisation's tasks. */
@SpringBootTest
@ActiveProfiles("test")
class InboxTenancyTest {

    @Autowired InboxService inbox;
    @Autowired TestOrganisations organisations;
    @Autowired OrganisationWork work;
    @Autowired DivisionMembers divisionMembers;
    @Autowired TestUsers demoUsers;

    TestOrganisation a;
    TestOrganisation b;
    String financeTaskOfA;

    @BeforeEach
    void twoOrganisationsAndATaskOfA() {
        a = organisations.onboard();
        b = organisations.onboard();
        var plan = work.approvedPlan(a, "finance");
        financeTaskOfA = work.task(OrganisationWork.measureProcess(plan), ImprovementMeasureProcess.TASK_DIVISION_WORK).getId();
    }

    @Test
    void anotherOrganisationsFinanceOfficer_neitherSeesNorCountsTheTask() {
        var officerOfB = b.user("finance.officer");
        var byIndicator = new InboxService.Filter(null, false, false, IndicatorCode.of(8));

        assertThat(inbox.count(a.user("finance.officer"), InboxService.Filter.ALL)).isEqualTo(1);
        assertThat(inbox.count(a.user("finance.officer"), byIndicator)).isEqualTo(1);
        assertThat(inbox.count(officerOfB, InboxService.Filter.ALL)).isZero();
        assertThat(inbox.page(officerOfB, InboxService.Filter.ALL, 0, 50)).isEmpty();
        assertThat(inbox.count(officerOfB, byIndicator)).isZero();
        assertThat(inbox.count(officerOfB, new InboxService.Filter(ImprovementMeasureProcess.TASK_DIVISION_WORK))).isZero();
        // The demo municipality's finance officer is in the same div-finance group, in another tenant.
        assertThat(inbox.page(demoUsers.user("finance.officer"), InboxService.Filter.ALL, 0, 500))
                .extracting(TaskRow::taskId).doesNotContain(financeTaskOfA);
    }

    @Test
    void anotherOrganisationsTask_isGoneForGetClaimAndAssign() {
        var officerOfB = b.user("finance.officer");

        assertGone(() -> inbox.get(financeTaskOfA, officerOfB));
        assertGone(() -> inbox.claim(financeTaskOfA, officerOfB));
        assertGone(() -> inbox.assign(financeTaskOfA, officerOfB.userId(), b.user("finance.head")));
        assertThat(inbox.get(financeTaskOfA, a.user("finance.officer")).assignee()).isNull();
    }

    @Test
    void headAssigns_onlyToMembersOfTheirOwnOrganisationsDivision() {
        var headOfA = a.user("finance.head");

        assertThat(divisionMembers.of(a.id(), "finance")).containsExactlyInAnyOrder(a.userId("finance.head"), a.userId("finance.officer"))
                .doesNotContain(b.userId("finance.officer"));
        assertThatThrownBy(() -> inbox.assign(financeTaskOfA, b.userId("finance.officer"), headOfA))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo("task.error.notMember"));
        inbox.assign(financeTaskOfA, a.userId("finance.officer"), headOfA);
        assertThat(inbox.get(financeTaskOfA, headOfA).assignee()).isEqualTo(a.userId("finance.officer"));
    }

    private static void assertGone(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("task.error.gone"));
    }
}
