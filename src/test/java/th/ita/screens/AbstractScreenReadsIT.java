package th.ita.screens;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import th.ita.approval.ApprovalService;
import th.ita.audit.AuditFilter;
import th.ita.audit.AuditScope;
import th.ita.audit.MeasureHistoryService;
import th.ita.audit.TimelineEntry;
import th.ita.dashboard.Dashboard;
import th.ita.dashboard.DashboardService;
import th.ita.decision.Decisions;
import th.ita.division.DivisionService;
import th.ita.inbox.InboxService;
import th.ita.inbox.TaskRow;
import th.ita.measure.MeasureOutcomes;
import th.ita.notification.NotificationService;
import th.ita.oit.CheckStatus;
import th.ita.oit.FlaggedLink;
import th.ita.oit.OitBoard;
import th.ita.oit.OitService;
import th.ita.oit.OitState;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationService;
import th.ita.plan.MeasureInput;
import th.ita.plan.Plan;
import th.ita.plan.MeasureStartJobs;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.support.OrganisationWork;
import th.ita.support.StatementCounter;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.WebsiteChecks;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each screen reads with a fixed number of SQL statements, whatever the number of rows: the same count for a plan
 * of 2 measures as for one of {@value #BIG} (the engine's statements included: the application's data source is
 * wrapped, {@code CountingDataSourceConfig}). Two organisations of the test's own, so the demo's figures stay put.
 * The counts are printed, for BENCHMARKS.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractScreenReadsIT {

    static final int BIG = 50;
    /** OIT items of FY 2566 answered, their URLs flagged broken: one in the small organisation, this many in the big. */
    static final int BIG_FLAGGED = 40;
    static final int DASHBOARD_LIMIT = 15;

    @Autowired StatementCounter counter;
    @Autowired TestOrganisations organisations;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbcForLateness;
    @Autowired OrganisationWork work;
    @Autowired PlanService plans;
    @Autowired DashboardService dashboards;
    @Autowired ApprovalService approvals;
    @Autowired InboxService inbox;
    @Autowired MeasureHistoryService history;
    @Autowired DivisionService divisions;
    @Autowired Decisions decisions;
    @Autowired MeasureOutcomes outcomes;
    @Autowired NotificationService notifications;
    @Autowired MeasureStartJobs startJobs;
    @Autowired OitService oit;
    @Autowired WebsiteChecks websiteChecks;
    @Autowired OrganisationService organisationService;

    Fixture small;
    Fixture big;

    /**
     * An organisation with an approved plan whose measures all wait for the executive, notices for its coordinator, and
     * FY 2566 OIT answers whose URLs the live check found broken.
     */
    record Fixture(TestOrganisation org, Organisation organisation, Plan plan, List<String> measures, int flagged) {
        CurrentUser coordinator() {
            return org.user("coordinator");
        }
    }

    @BeforeAll
    void twoOrganisations() {
        small = fixture(2);
        big = fixture(BIG);
    }

    private Fixture fixture(int measures) {
        TestOrganisation org = organisations.onboard();
        CurrentUser coordinator = org.user("coordinator");
        long planId = plans.createDraft(org.id(), OrganisationWork.YEAR, coordinator);
        for (int i = 1; i <= measures; i++) {
            plans.addMeasure(planId, new MeasureInput("มาตรการที่ " + i + " ของ " + org.prefix(), List.of("EIT"),
                    List.of(8), List.of("finance"), null), coordinator);
        }
        plans.submitForApproval(planId, null, coordinator);
        plans.approve(planId, org.user("mayor"));
        // The measures start in jobs of their own; the tests' engine has no job executor.
        startJobs.runNow(planId);
        Plan plan = plans.find(planId).orElseThrow();
        List<String> processes = plan.measures().stream().map(PlanMeasure::processInstanceId).toList();
        processes.forEach(pi -> work.toExecutive(org, pi, "finance"));
        // Late, made by hand: the plan is of the current year (an ended year's is never approved), which has not ended.
        jdbcForLateness.sql("update plan_measure set due_date = ? where plan_id = ?")
                .params(java.time.LocalDate.now().minusDays(1), planId).update();
        for (String pi : processes) {
            notifications.notifyGroups(org.id(), List.of("ita-coordinator"), "notification.reminder",
                    List.of("มาตรการ", "1 ม.ค. 2567"), pi);
        }
        int flagged = measures == BIG ? BIG_FLAGGED : 1;
        OffsetDateTime found = OffsetDateTime.of(2024, 3, 5, 2, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 1; i <= flagged; i++) {
            String url = "https://www." + org.prefix() + ".go.th/oit/o" + i;
            oit.answer(org.id(), FiscalYear.of(2566), "o" + i, List.of(url), null, coordinator);
            websiteChecks.recorded(org.id(), url, CheckStatus.HTTP_ERROR, 404, found.plusMinutes(i));
        }
        return new Fixture(org, organisationService.find(org.id()).orElseThrow(), plan, processes, flagged);
    }

    /** The statements one read takes, counted on this thread only (not the job executor's). */
    private <T> Counted<T> count(Function<Fixture, T> read, Fixture fixture) {
        counter.watchThisThread();
        T result = read.apply(fixture);
        return new Counted<>(result, counter.reset());
    }

    record Counted<T>(T result, int statements) {
    }

    private <T> int[] smallAndBig(String screen, Function<Fixture, T> read) {
        // Reference data (the framework, each organisation's divisions) is cached on first use: count warm reads.
        read.apply(small);
        read.apply(big);
        int smallCount = count(read, small).statements();
        int bigCount = count(read, big).statements();
        System.out.printf("screen-reads %s: %d statements with %d rows, %d with %d%n", screen, smallCount,
                small.measures().size(), bigCount, big.measures().size());
        return new int[]{smallCount, bigCount};
    }

    @Test
    void dashboard_takesAsManyStatementsForFiftyMeasuresAsForTwo_andAtMostFifteen() {
        int[] counts = smallAndBig("dashboard", f -> {
            List<?> listed = dashboards.plans(f.coordinator());
            assertThat(listed).isNotEmpty();
            return dashboards.of(f.plan().id(), f.coordinator()).orElseThrow();
        });
        Dashboard bigDashboard = dashboards.of(big.plan().id(), big.coordinator()).orElseThrow();

        assertThat(bigDashboard.measures().total()).isEqualTo(BIG);
        // Every finance part was accepted by its head; the measures wait for the mayor.
        assertThat(bigDashboard.divisionParts().done()).isEqualTo(BIG);
        assertThat(bigDashboard.overdue()).hasSize(BIG).allSatisfy(t -> assertThat(t.divisionCode()).isNull());
        assertThat(bigDashboard.flaggedLinks()).hasSize(BIG_FLAGGED)
                .allSatisfy(link -> assertThat(link.items()).extracting(FlaggedLink.OitUse::code).singleElement()
                        .isEqualTo(link.url().substring(link.url().lastIndexOf('/') + 1)));
        assertThat(dashboards.of(small.plan().id(), small.coordinator()).orElseThrow().flaggedLinks()).hasSize(1);
        assertThat(counts[1]).isEqualTo(counts[0]);
        assertThat(counts[1]).isLessThanOrEqualTo(DASHBOARD_LIMIT);
    }

    @Test
    void approvalQueue_summarisesAPageOfFiftyInAsManyStatementsAsAPageOfTwo() {
        int[] counts = smallAndBig("approval queue summaries", f -> {
            List<TaskRow> rows = inbox.page(f.org().user("mayor"), ApprovalService.WAITING_FOR_EXECUTIVE, 0, BIG);
            counter.reset(); // the inbox's page is the inbox's read (its own read model), not this one's
            return approvals.summarise(rows);
        });
        var page = approvals.summarise(inbox.page(big.org().user("mayor"), ApprovalService.WAITING_FOR_EXECUTIVE, 0, BIG));

        assertThat(page).hasSize(BIG).allSatisfy(summary -> {
            assertThat(summary.divisions()).singleElement().satisfies(d -> {
                assertThat(d.divisionCode()).isEqualTo("finance");
                assertThat(d.acceptedBy()).isEqualTo(big.org().userId("finance.head"));
            });
            assertThat(summary.evidenceCount()).isEqualTo(1);
        });
        assertThat(counts[1]).isEqualTo(counts[0]);
        smallAndBig("approval queue page (inbox included)", f ->
                approvals.page(f.org().user("mayor"), 0, BIG));
    }

    @Test
    void planPage_readsAPlanOfFiftyMeasuresInAsManyStatementsAsOneOfTwo() {
        int[] counts = smallAndBig("plan page", f -> {
            plans.list(f.coordinator());
            Plan plan = plans.find(f.plan().id(), f.coordinator()).orElseThrow();
            plans.pendingStep(plan.id(), f.coordinator());
            plans.editable(plan);
            divisions.all(plan.organisationId());
            return plan;
        });

        assertThat(counts[1]).isEqualTo(counts[0]);
    }

    @Test
    void planAudit_countsPagesAndStreamsItsCsvInAsManyStatementsForFiftyMeasuresAsForTwo() {
        AuditFilter finance = new AuditFilter(null, "finance", TimelineEntry.Kind.TASK_COMPLETED, null, null);
        int[] counts = smallAndBig("plan audit (count, first page of 50, CSV, filtered count and page)", f -> {
            AuditScope scope = history.planScope(f.plan().id(), f.coordinator()).orElseThrow();
            long total = history.count(scope, AuditFilter.NONE);
            List<TimelineEntry> page = history.page(scope, AuditFilter.NONE, 0, 50);
            history.writeCsv(scope, AuditFilter.NONE, OutputStream.nullOutputStream());
            history.count(scope, finance);
            history.page(scope, finance, 0, 50);
            return total + page.size();
        });
        AuditScope scope = history.planScope(big.plan().id(), big.coordinator()).orElseThrow();
        List<TimelineEntry> all = new ArrayList<>();
        for (int offset = 0; offset < history.count(scope, AuditFilter.NONE); offset += 50) {
            all.addAll(history.page(scope, AuditFilter.NONE, offset, 50));
        }
        var csv = new ByteArrayOutputStream();
        history.writeCsv(scope, AuditFilter.NONE, csv);

        // Per measure: started, the officer's claim… at least the three completed steps before the mayor's.
        assertThat(all).hasSizeGreaterThan(3 * BIG);
        assertThat(all).isSortedAccordingTo(java.util.Comparator.comparing(TimelineEntry::time)
                .thenComparing(TimelineEntry::kind));
        assertThat(all.stream().distinct()).hasSameSizeAs(all);
        // Officer's work and head's review per measure are finance's; the coordinator's check is no division's.
        assertThat(history.count(scope, finance)).isEqualTo(2L * BIG);
        assertThat(csv.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(all.size() + 1L);
        assertThat(counts[1]).isEqualTo(counts[0]);
    }

    @Test
    void measureHistory_readsAWalkedMeasureInAsManyStatementsAsAFreshOne() {
        // A measure of the small plan against one of the big: same shape; and a page of all its entries each time.
        int[] counts = smallAndBig("measure history", f -> {
            String pi = f.measures().get(f.measures().size() - 1);
            AuditScope.OfMeasure scope = history.measureScope(pi, f.coordinator()).orElseThrow();
            divisions.all(scope.organisationId());
            decisions.verify(decisions.of(pi, f.coordinator()));
            outcomes.ofMeasure(pi);
            history.count(scope, AuditFilter.NONE);
            history.linkChecks(scope);
            return history.page(scope, AuditFilter.NONE, 0, 50);
        });

        assertThat(counts[1]).isEqualTo(counts[0]);
    }

    @Test
    void reportOitAppendix_readsABoardOfFortyBrokenAnswersInAsManyStatementsAsOneOfOne() {
        int[] counts = smallAndBig("year-end report's OIT appendix", f -> oit.snapshot(f.organisation(), FiscalYear.of(2566))
                .orElseThrow());
        OitBoard board = oit.snapshot(big.organisation(), FiscalYear.of(2566)).orElseThrow();

        assertThat(board.items()).hasSize(43);
        assertThat(board.count(OitState.BROKEN)).isEqualTo(BIG_FLAGGED);
        assertThat(counts[1]).isEqualTo(counts[0]);
    }

    @Test
    void notifications_readsSixtyNoticesInAsManyStatementsAsTwo() {
        int[] counts = smallAndBig("notifications", f -> {
            var recent = notifications.recent(f.coordinator().userId());
            assertThat(recent).hasSizeGreaterThanOrEqualTo(f.measures().size());
            return recent;
        });

        assertThat(counts[1]).isEqualTo(counts[0]);
    }

    @Test
    void scopedReads_giveAnotherOrganisationNothing() {
        String measureOfBig = big.measures().get(0);
        CurrentUser smallsCoordinator = small.coordinator();

        assertThat(history.timeline(measureOfBig, smallsCoordinator)).isEmpty();
        assertThat(history.timeline(measureOfBig, big.coordinator())).isNotEmpty();
        assertThat(decisions.of(measureOfBig, smallsCoordinator)).isEmpty();
        assertThat(decisions.of(measureOfBig, big.coordinator())).isNotEmpty();
        assertThat(history.measureScope(measureOfBig, smallsCoordinator)).isEmpty();
        assertThat(history.planScope(big.plan().id(), smallsCoordinator)).isEmpty();
        assertThat(dashboards.of(big.plan().id(), smallsCoordinator)).isEmpty();
    }
}
