package th.ita.plan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import th.ita.api.ApiProblemException;
import th.ita.plan.api.PlanController;
import th.ita.security.CurrentUser;
import th.ita.workflow.Groups;
import th.ita.shared.UserInputException;
import th.ita.support.OrganisationWork;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An organisation's plans are read by its own people and the auditors of its province, and changed by its own
 * people only; to everyone else a plan of it does not exist, on the services and on {@code /api/plans}.
 */
@SpringBootTest
@ActiveProfiles("test")
class PlanTenancyTest {

    @Autowired TestOrganisations organisations;
    @Autowired OrganisationWork work;
    @Autowired PlanService plans;
    @Autowired PlanController api;

    String province;
    TestOrganisation a;
    TestOrganisation b;
    long draftOfA;

    @BeforeEach
    void twoOrganisationsOfAProvince_andADraftOfA() {
        province = "จังหวัด " + UUID.randomUUID();
        a = organisations.onboard(province);
        b = organisations.onboard();
        draftOfA = work.draftPlan(a, "finance");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void listAndFind_showAnOrganisationsPlansToItsPeopleAndItsProvincesAuditorOnly() {
        CurrentUser auditor = new CurrentUser("auditor." + province, Set.of(Groups.PROVINCE_AUDITOR), null, province);
        CurrentUser otherAuditor = new CurrentUser("auditor.other", Set.of(Groups.PROVINCE_AUDITOR), null, "จังหวัดอื่น");

        assertThat(ids(plans.list(a.user("finance.officer")))).containsExactly(draftOfA);
        assertThat(ids(plans.list(auditor))).containsExactly(draftOfA);
        assertThat(ids(plans.list(b.user("coordinator")))).doesNotContain(draftOfA);
        assertThat(ids(plans.list(otherAuditor))).doesNotContain(draftOfA);
        assertThat(ids(plans.list(TestOrganisations.PLATFORM_ADMIN))).isEmpty();

        assertThat(plans.find(draftOfA, a.user("finance.officer"))).isPresent();
        assertThat(plans.find(draftOfA, auditor)).isPresent();
        assertThat(plans.find(draftOfA, b.user("coordinator"))).isEmpty();
        assertThat(plans.find(draftOfA, otherAuditor)).isEmpty();
    }

    @Test
    void api_answersAnotherOrganisationsPlanAsNotFound() {
        signIn(b, "coordinator");
        assertThat(api.list()).extracting(PlanController.PlanJson::id).doesNotContain(draftOfA);
        assertThatThrownBy(() -> api.get(draftOfA)).isInstanceOfSatisfying(ApiProblemException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> api.get(Long.MAX_VALUE)).isInstanceOfSatisfying(ApiProblemException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));

        signIn(a, "finance.officer");
        assertThat(api.list()).extracting(PlanController.PlanJson::id).containsExactly(draftOfA);
        assertThat(api.get(draftOfA).measures()).hasSize(1);
    }

    @Test
    void anotherOrganisationsCoordinator_cannotChangeTheDraft_itIsNotFound() {
        var coordinatorOfB = b.user("coordinator");
        Plan plan = plans.find(draftOfA).orElseThrow();
        long measure = plan.measures().get(0).id();
        long section = plan.sections().get(0).id();
        var input = new MeasureInput("แทรกมาตรการ", List.of("EIT"), List.of(8), List.of("finance"), null);

        assertNotFound(() -> plans.addMeasure(draftOfA, input, coordinatorOfB));
        assertNotFound(() -> plans.updateMeasure(measure, input, coordinatorOfB));
        assertNotFound(() -> plans.removeMeasure(measure, coordinatorOfB));
        assertNotFound(() -> plans.updateSection(section, "แทรก", List.of(), List.of(), coordinatorOfB));
        assertNotFound(() -> plans.addGuideline(draftOfA, 8, 1, "แทรก", coordinatorOfB));
        assertNotFound(() -> plans.closeYear(draftOfA, coordinatorOfB));

        Plan after = plans.find(draftOfA).orElseThrow();
        assertThat(after.measures()).extracting(PlanMeasure::text).containsExactly("มาตรการของ " + a.prefix());
        assertThat(after.guidelines()).isEmpty();
        plans.addMeasure(draftOfA, input, a.user("coordinator"));
        assertThat(plans.find(draftOfA).orElseThrow().measures()).hasSize(2);
    }

    @Test
    void anotherOrganisationsExecutive_seesNoPendingStepOfThePlan() {
        plans.submitForApproval(draftOfA, null, a.user("coordinator"));

        assertThat(plans.pendingStep(draftOfA, a.user("mayor"))).contains(PlanProcess.TASK_APPROVE_PLAN);
        assertThat(plans.pendingStep(draftOfA, b.user("mayor"))).isEmpty();
    }

    private void signIn(TestOrganisation org, String role) {
        SecurityContextHolder.getContext().setAuthentication(org.profiles().authentication(org.userId(role)));
    }

    private static List<Long> ids(List<PlanSummary> summaries) {
        return summaries.stream().map(PlanSummary::id).toList();
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("plan.error.notFound"));
    }
}
