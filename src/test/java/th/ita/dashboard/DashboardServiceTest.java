package th.ita.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.plan.PlanSummary;
import th.ita.shared.FiscalYear;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@ActiveProfiles("test")
class DashboardServiceTest {

    @Autowired DashboardService dashboards;
    @Autowired Clock clock;
    @Autowired th.ita.support.TestUsers users;
    @Autowired th.ita.support.TestOrganisations organisations;
    @Autowired th.ita.support.OrganisationWork work;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The demo plan's dashboard (the seed replayed in the current fiscal year), as Ban Tan's coordinator reads it. */
    private Dashboard demo() {
        var coordinator = users.user("coordinator");
        FiscalYear current = FiscalYear.of(LocalDate.now(clock));
        long planId = dashboards.plans(coordinator).stream().filter(p -> p.fiscalYear().equals(current))
                .map(PlanSummary::id).findFirst().orElseThrow();
        return dashboards.of(planId, coordinator).orElseThrow();
    }

    @Test
    void demoPlan_hasFourMeasuresNoneDone_andEightOfSixteenDivisionPartsAccepted() {
        Dashboard dashboard = demo();

        assertThat(dashboard.measures()).isEqualTo(new Progress(0, 4));
        // Measures 2 (waits for the coordinator) and 3 (waits for the mayor): all four accepted; 1 and 4: none.
        assertThat(dashboard.divisionParts()).isEqualTo(new Progress(8, 16));
    }

    @Test
    void progressByDivision_followsTheDemoStages_andAReturnedPartIsNotDone() {
        assertThat(demo().byDivision()).extracting(d -> d.division().code(), DivisionProgress::parts).containsExactly(
                // Measures 2 and 3 are accepted by every head; education's part of measure 4 was returned.
                tuple("office", new Progress(2, 4)),
                tuple("finance", new Progress(2, 4)),
                tuple("works", new Progress(2, 4)),
                tuple("education", new Progress(2, 4)));
    }

    @Test
    void progressByIndicator_countsEveryMeasureLinkedToIt() {
        assertThat(demo().byIndicator()).extracting(i -> i.indicator().code().value(), i -> i.measures().total())
                .containsExactly(tuple(1, 2), tuple(2, 1), tuple(3, 1), tuple(4, 1), tuple(5, 2), tuple(6, 1),
                        tuple(7, 1), tuple(9, 1), tuple(10, 2));
    }

    @Test
    void demoPlan_isDueThisFiscalYear_soNothingIsOverdueOnANewcomersFirstScreen() {
        assertThat(demo().overdue()).isEmpty();
    }

    @Test
    void overdueList_holdsEveryOpenTaskOfALateMeasure_allPastDue() {
        var org = organisations.onboard();
        var plan = work.approvedPlan(org, "finance", "works");
        // Made late by hand: a measure is due within its year, which has not ended.
        jdbc.sql("update plan_measure set due_date = ? where plan_id = ?").params(LocalDate.now(clock).minusDays(1), plan.id())
                .update();

        var overdue = dashboards.of(plan.id(), org.user("coordinator")).orElseThrow().overdue();

        assertThat(overdue).hasSize(2).allSatisfy(t -> {
            assertThat(t.dueDate()).isBefore(LocalDate.now(clock));
            assertThat(t.taskKey()).isEqualTo(ImprovementMeasureProcess.TASK_DIVISION_WORK);
        });
        assertThat(overdue).extracting(t -> t.divisionCode()).containsExactly("finance", "works");
    }

    @Test
    void scoresAreThoseOfTheAssessmentThePlanBuildsOn() {
        var scores = demo().scores();

        assertThat(scores.fiscalYear()).isEqualTo(FiscalYear.of(2565));
        assertThat(scores.failing()).extracting(r -> r.code().value()).containsExactly(2, 4, 10);
    }
}
