package th.ita.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import th.ita.api.ApiProblemException;
import th.ita.audit.api.AuditController;
import th.ita.audit.api.DecisionController;
import th.ita.evidence.Evidence;
import th.ita.evidence.EvidenceService;
import th.ita.plan.Plan;
import th.ita.report.ReportFormat;
import th.ita.report.ReportOptions;
import th.ita.report.YearEndReportService;
import th.ita.report.api.ReportController;
import th.ita.security.CurrentUser;
import th.ita.workflow.Groups;
import th.ita.shared.UserInputException;
import th.ita.support.OrganisationWork;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail, decisions, evidence and year-end reports of organisation A's measures, as organisation B's people
 * would ask for them: not there. A's people and the auditor of A's province find them.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditTenancyTest {

    @Autowired TestOrganisations organisations;
    @Autowired OrganisationWork work;
    @Autowired MeasureHistoryService history;
    @Autowired EvidenceService evidence;
    @Autowired YearEndReportService reports;
    @Autowired AuditController auditApi;
    @Autowired DecisionController decisionApi;
    @Autowired ReportController reportApi;

    TestOrganisation a;
    TestOrganisation b;
    CurrentUser auditorOfA;
    Plan planOfA;
    String measureOfA;

    @BeforeEach
    void aMeasureOfAWithEvidenceAndDecisions() {
        String province = "จังหวัด " + UUID.randomUUID();
        a = organisations.onboard(province);
        b = organisations.onboard();
        auditorOfA = new CurrentUser("auditor." + province, Set.of(Groups.PROVINCE_AUDITOR), null, province);
        planOfA = work.approvedPlan(a, "finance");
        measureOfA = OrganisationWork.measureProcess(planOfA);
        work.toExecutive(a, measureOfA, "finance");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void measureListAndTimelines_holdOnlyTheReadersOrganisations() {
        var officerOfB = b.user("finance.officer");

        assertThat(history.measures(a.user("finance.officer"), 0, 1000)).extracting(MeasureSummary::processInstanceId)
                .containsExactly(measureOfA);
        assertThat(history.countMeasures(a.user("finance.officer"))).isEqualTo(1);
        assertThat(history.measures(auditorOfA, 0, 1000)).extracting(MeasureSummary::processInstanceId)
                .containsExactly(measureOfA);
        assertThat(history.measures(officerOfB, 0, 1000)).extracting(MeasureSummary::processInstanceId)
                .doesNotContain(measureOfA);
        assertThat(history.countMeasures(officerOfB)).isZero();
        assertThat(history.countMeasures(TestOrganisations.PLATFORM_ADMIN)).isZero();

        assertThat(history.isMeasure(measureOfA, a.user("mayor"))).isTrue();
        assertThat(history.isMeasure(measureOfA, auditorOfA)).isTrue();
        assertThat(history.isMeasure(measureOfA, officerOfB)).isFalse();
        assertThat(history.planTimeline(planOfA.id(), a.user("mayor"), AuditFilter.NONE).orElseThrow()).isNotEmpty();
        assertThat(history.planTimeline(planOfA.id(), officerOfB, AuditFilter.NONE)).isEmpty();
    }

    @Test
    void auditAndDecisionApis_answerAnotherOrganisationsMeasureAsNotFound() throws Exception {
        signIn(b, "coordinator");
        assertNotFound(() -> decisionApi.decisions(measureOfA));
        assertNotFound(() -> auditApi.planAudit(planOfA.id(), null, null, null, null, null, new MockHttpServletResponse()));

        signIn(a, "coordinator");
        assertThat(decisionApi.decisions(measureOfA).records()).isNotEmpty();
        MockHttpServletResponse csv = new MockHttpServletResponse();
        auditApi.planAudit(planOfA.id(), null, null, null, null, null, csv);
        assertThat(csv.getContentAsString()).isNotBlank();
    }

    @Test
    void evidence_isServedOnlyToItsOrganisationAndItsProvincesAuditor() {
        Evidence file = evidence.forProcessInstance(measureOfA).get(0);

        assertThat(evidence.download(file.id(), a.user("finance.head"))).isPresent();
        assertThat(evidence.download(file.id(), auditorOfA)).isPresent();
        assertThat(evidence.download(file.id(), b.user("finance.head"))).isEmpty();
        assertThat(evidence.download(UUID.randomUUID(), a.user("finance.head"))).isEmpty();
    }

    @Test
    void yearEndReport_isNotFoundForAnotherOrganisation() {
        long plan = planOfA.id();
        var coordinatorOfB = b.user("coordinator");
        reports.generate(plan, a.user("coordinator"));

        assertThat(reports.versions(plan, a.user("mayor"))).hasSize(1);
        assertThat(reports.versions(plan, coordinatorOfB)).isEmpty();
        assertThat(reports.stored(plan, 1, ReportFormat.PDF, coordinatorOfB)).isEmpty();
        assertThat(reports.stored(plan, 1, ReportFormat.PDF, a.user("mayor"))).isPresent();
        assertPlanNotFound(() -> reports.generate(plan, coordinatorOfB));
        assertPlanNotFound(() -> reports.current(plan, ReportFormat.DOCX, coordinatorOfB, ReportOptions.THAI_DIGITS));
        assertThat(reports.versions(plan, a.user("mayor"))).hasSize(1);

        signIn(b, "coordinator");
        assertNotFound(() -> reportApi.docx(plan, null));
    }

    private void signIn(TestOrganisation org, String role) {
        SecurityContextHolder.getContext().setAuthentication(org.profiles().authentication(org.userId(role)));
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiProblemException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    private static void assertPlanNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("plan.error.notFound"));
    }
}
