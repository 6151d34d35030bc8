package th.ita.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.AssessmentSummary;
import th.ita.assessment.Results;
import th.ita.audit.MeasureHistoryService;
import th.ita.audit.MeasureSummary;
import th.ita.inbox.InboxService;
import th.ita.plan.PlanService;
import th.ita.plan.PlanSummary;
import th.ita.security.CurrentUser;
import th.ita.workflow.Groups;
import th.ita.shared.FiscalYear;
import th.ita.support.OrganisationWork;
import th.ita.support.TestOrganisations;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation filters of the readers' queries on a real database (SQL with an absent organisation or province,
 * the engine's tenant filters): a member reads their organisation, a province auditor the province's, anyone else
 * nothing. Subclasses choose H2 or PostgreSQL.
 */
abstract class AbstractScopedQueriesIT {

    @Autowired TestOrganisations organisations;
    @Autowired OrganisationWork work;
    @Autowired PlanService plans;
    @Autowired AssessmentService assessments;
    @Autowired MeasureHistoryService history;
    @Autowired InboxService inbox;

    @Test
    void eachReaderGetsTheirOrganisationsOrTheirProvincesRows_andNoOneElses() {
        String province = "จังหวัด " + UUID.randomUUID();
        var a = organisations.onboard(province);
        var a2 = organisations.onboard(province);
        var b = organisations.onboard();
        CurrentUser auditor = new CurrentUser("auditor." + province, Set.of(Groups.PROVINCE_AUDITOR), null, province);
        long planOfA = work.approvedPlan(a, "finance").id();
        long planOfA2 = work.draftPlan(a2, "works");
        long resultOfA = assessments.save(a.id(), FiscalYear.of(2566), Results.parse("80.00", "IMPROVE", Map.of()),
                a.user("coordinator")).assessmentId();

        assertThat(plans.list(a.user("finance.officer"))).extracting(PlanSummary::id).containsExactly(planOfA);
        assertThat(plans.list(auditor)).extracting(PlanSummary::id).containsExactlyInAnyOrder(planOfA, planOfA2);
        assertThat(plans.list(b.user("coordinator"))).extracting(PlanSummary::id).doesNotContain(planOfA, planOfA2);
        assertThat(plans.list(TestOrganisations.PLATFORM_ADMIN)).isEmpty();
        assertThat(plans.find(planOfA, b.user("coordinator"))).isEmpty();

        assertThat(assessments.list(a.user("mayor"))).extracting(AssessmentSummary::id).containsExactly(resultOfA);
        assertThat(assessments.list(auditor)).extracting(AssessmentSummary::id).containsExactly(resultOfA);
        assertThat(assessments.list(b.user("mayor"))).isEmpty();
        assertThat(assessments.latest(auditor)).map(r -> r.id()).contains(resultOfA);
        assertThat(assessments.latest(a2.user("mayor"))).isEmpty();
        assertThat(assessments.latest()).isPresent();

        assertThat(history.measures(auditor, 0, 100)).extracting(MeasureSummary::processInstanceId)
                .containsExactly(OrganisationWork.measureProcess(plans.find(planOfA).orElseThrow()));
        assertThat(history.countMeasures(b.user("coordinator"))).isZero();
        assertThat(inbox.count(a.user("finance.officer"), InboxService.Filter.ALL)).isEqualTo(1);
        assertThat(inbox.count(b.user("finance.officer"), InboxService.Filter.ALL)).isZero();
    }
}
