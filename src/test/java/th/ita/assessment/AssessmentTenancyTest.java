package th.ita.assessment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import th.ita.api.ApiProblemException;
import th.ita.assessment.api.AssessmentController;
import th.ita.security.CurrentUser;
import th.ita.workflow.Groups;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An organisation's ITA results are read by its people and its province's auditors, recorded by its own coordinator
 * only; to anyone else they do not exist, on the service and on {@code /api/assessments}.
 */
@SpringBootTest
@ActiveProfiles("test")
class AssessmentTenancyTest {

    static final FiscalYear YEAR = FiscalYear.of(2566);

    @Autowired TestOrganisations organisations;
    @Autowired AssessmentService assessments;
    @Autowired AssessmentController api;

    String province;
    TestOrganisation a;
    TestOrganisation b;
    long resultOfA;

    @BeforeEach
    void resultsOfA() {
        province = "จังหวัด " + UUID.randomUUID();
        a = organisations.onboard(province);
        b = organisations.onboard();
        resultOfA = assessments.save(a.id(), YEAR, Results.parse("88.10", "PASS", Map.of(2, "83.09")),
                a.user("coordinator")).assessmentId();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void listFindAndLatest_showTheResultsToTheOrganisationAndItsProvincesAuditorOnly() {
        CurrentUser auditor = new CurrentUser("auditor." + province, Set.of(Groups.PROVINCE_AUDITOR), null, province);
        var mayorOfB = b.user("mayor");

        assertThat(assessments.list(a.user("mayor"))).extracting(AssessmentSummary::id).containsExactly(resultOfA);
        assertThat(assessments.list(auditor)).extracting(AssessmentSummary::id).containsExactly(resultOfA);
        assertThat(assessments.list(mayorOfB)).isEmpty();
        assertThat(assessments.find(resultOfA, a.user("mayor"))).isPresent();
        assertThat(assessments.find(resultOfA, mayorOfB)).isEmpty();
        assertThat(assessments.find(a.id(), YEAR, mayorOfB)).isEmpty();
        assertThat(assessments.latest(a.user("finance.officer")).map(Assessment::id)).contains(resultOfA);
        assertThat(assessments.latest(auditor).map(Assessment::id)).contains(resultOfA);
        // B has no result of its own: the latest of another organisation is not a stand-in.
        assertThat(assessments.latest(mayorOfB)).isEmpty();
        assertThat(assessments.latest(TestOrganisations.PLATFORM_ADMIN)).isEmpty();
    }

    @Test
    void anotherOrganisationsCoordinator_cannotRecordItsResults_itIsUnknown() {
        var coordinatorOfB = b.user("coordinator");
        Results forged = Results.parse("10.00", "URGENT", Map.of(2, "10.00"));
        byte[] file = "indicator,score\n2,10.00\n".getBytes(StandardCharsets.UTF_8);

        assertUnknownOrganisation(() -> assessments.save(a.id(), YEAR, forged, coordinatorOfB));
        assertUnknownOrganisation(() -> assessments.importFile(a.id(), YEAR, "results.csv", file, coordinatorOfB));
        assertThat(assessments.find(resultOfA, a.user("coordinator")).orElseThrow().overallScore())
                .isEqualTo(Score.of("88.10"));
    }

    @Test
    void api_answersAnotherOrganisationsResultsAsNotFound() {
        SecurityContextHolder.getContext().setAuthentication(b.profiles().authentication(b.userId("coordinator")));
        assertThat(api.list()).isEmpty();
        assertThatThrownBy(() -> api.get(resultOfA)).isInstanceOfSatisfying(ApiProblemException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));

        SecurityContextHolder.getContext().setAuthentication(a.profiles().authentication(a.userId("coordinator")));
        assertThat(api.list()).extracting(AssessmentController.AssessmentJson::id).containsExactly(resultOfA);
        assertThat(api.get(resultOfA).overallScore()).isEqualByComparingTo("88.10");
    }

    private static void assertUnknownOrganisation(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("assessment.error.unknownOrganisation"));
    }
}
