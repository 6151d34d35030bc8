package th.ita.bench;

import th.ita.notification.NotificationService;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanService;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.List;

/**
 * The organisations whose screens are measured, made fresh in every run through the application's services:
 * for each screen one with a single row on the page and one with a full page of {@value #PAGE} rows, so that the
 * two statement counts can be compared; and one organisation with work at every step for the inbox timings.
 */
final class Fixtures {

    static final int PAGE = 50;
    private static final String PROVINCE = "จังหวัดวัดหน้าจอ";
    private static final List<String> FINANCE = List.of("finance");

    /** One organisation's measured objects: the plan, a measure's process, how many rows its screens show. */
    record Screens(TestOrganisation org, long plan, String measure, int rows) {
    }

    /** The organisation of the inbox timings and who is measured in it. */
    record Inbox(TestOrganisation org, int officerRows, int headRows, int coordinatorRows) {
    }

    private final TestOrganisations organisations;
    private final BulkLoad load;
    private final PlanService plans;
    private final MeasureWalk walk;
    private final NotificationService notifications;

    Fixtures(TestOrganisations organisations, BulkLoad load, PlanService plans, MeasureWalk walk,
             NotificationService notifications) {
        this.organisations = organisations;
        this.load = load;
        this.plans = plans;
        this.walk = walk;
        this.notifications = notifications;
    }

    /**
     * {@code rows} measures for the four divisions, open (inbox, badges, plan, dashboard, plan audit); the finance
     * head has {@code rows} notifications; its first measure's history has about 2 × {@code rows} entries
     * ({@code rows / 2} return rounds of the finance part, which stays open).
     */
    Screens openWork(int rows) {
        TestOrganisation org = organisations.onboard("อำเภอวัดหน้าจอ", PROVINCE);
        long plan = load.approvedPlan(org, rows, TestOrganisations.DIVISIONS);
        List<PlanMeasure> measures = plans.find(plan).orElseThrow().measures();
        String first = measures.get(0).processInstanceId();
        for (int round = 0; round < rows / 2; round++) {
            walk.submit(org, first, "finance");
            walk.review(org, first, "finance", false);
        }
        for (int i = 0; i < rows; i++) {
            notifications.notifyGroups(org.id(), List.of("head-finance"), "notification.reminder",
                    List.of(measures.get(i % measures.size()).text(), "กองคลัง", "30 ก.ย. 2568"),
                    measures.get(i % measures.size()).processInstanceId());
        }
        return new Screens(org, plan, first, rows);
    }

    /** {@code rows} measures of the finance division at the executive's approval (the approval queue). */
    Screens atExecutive(int rows) {
        TestOrganisation org = organisations.onboard("อำเภอวัดหน้าจอ", PROVINCE);
        long plan = load.approvedPlan(org, rows, FINANCE);
        List<PlanMeasure> measures = plans.find(plan).orElseThrow().measures();
        for (PlanMeasure measure : measures) {
            walk.toExecutive(org, measure.processInstanceId(), FINANCE);
        }
        return new Screens(org, plan, measures.get(0).processInstanceId(), rows);
    }

    /**
     * Work at every step: {@code measures} measures for the four divisions; the finance part of the first fifth
     * waits for the finance head, the first twentieth waits for the coordinator's check.
     */
    Inbox inbox(int measures) {
        TestOrganisation org = organisations.onboard("อำเภอวัดหน้าจอ", PROVINCE);
        long plan = load.approvedPlan(org, measures, TestOrganisations.DIVISIONS);
        List<PlanMeasure> all = plans.find(plan).orElseThrow().measures();
        int atHead = Math.max(1, measures / 5);
        int atCoordinator = Math.max(1, measures / 20);
        for (int i = 0; i < atCoordinator; i++) {
            walk.toCoordinator(org, all.get(i).processInstanceId(), TestOrganisations.DIVISIONS);
        }
        for (int i = atCoordinator; i < atHead; i++) {
            walk.submit(org, all.get(i).processInstanceId(), "finance");
        }
        return new Inbox(org, measures - atHead, atHead - atCoordinator, atCoordinator);
    }
}
