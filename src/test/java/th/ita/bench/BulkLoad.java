package th.ita.bench;

import org.springframework.jdbc.core.simple.JdbcClient;
import th.ita.plan.MeasureInput;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.workflow.Tenants;
import th.ita.shared.FiscalYear;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The background load: organisations onboarded and their plans approved through the application's services, as a
 * province's municipalities would, in parallel threads (each organisation is its own transactions, so threads do
 * not contend except in the database). Each organisation's plan has {@code measures} measures for the four
 * divisions, so it adds 4 × measures open division tasks.
 * <p>
 * Idempotent: the organisations are recognised by their district and province, and only the missing ones are
 * generated, so a database filled by an earlier run is reused as it is.
 */
final class BulkLoad {

    static final String PROVINCE = "จังหวัดโหลดทดสอบ";
    static final FiscalYear YEAR = th.ita.support.TestYears.current();

    private final TestOrganisations organisations;
    private final PlanService plans;
    private final AsyncJobs jobs;
    private final JdbcClient jdbc;

    BulkLoad(TestOrganisations organisations, PlanService plans, AsyncJobs jobs, JdbcClient jdbc) {
        this.organisations = organisations;
        this.plans = plans;
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    record Result(int existing, int generated, double seconds) {
    }

    Result ensure(int wanted, int measures, int threads) throws Exception {
        String district = district(measures);
        int existing = existing(district);
        int missing = Math.max(0, wanted - existing);
        if (missing == 0) {
            System.out.printf("[bench] reusing %d background organisations already in the database%n", existing);
            return new Result(existing, 0, 0);
        }
        Progress progress = new Progress("generate", missing,
                done -> "organisations (+%d open tasks)".formatted(done * measures * 4));
        // The first one alone: it creates the shared division groups that the others then only join.
        withApprovedPlan(district, measures);
        progress.step();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 1; i < missing; i++) {
                futures.add(pool.submit(() -> {
                    withApprovedPlan(district, measures);
                    progress.step();
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(existing, missing, progress.seconds());
    }

    /** The engine tenants of the background organisations with plans of this size. */
    List<String> tenants(int measures) {
        return jdbc.sql("select o.id from organisation o where o.province = ? and o.district = ?")
                .params(PROVINCE, district(measures)).query(Long.class).list().stream().map(Tenants::of).toList();
    }

    private int existing(String district) {
        return jdbc.sql("select count(*) from organisation o join improvement_plan p on p.organisation_id = o.id "
                        + "where o.province = ? and o.district = ? and p.status = 'APPROVED'")
                .params(PROVINCE, district).query(Integer.class).single();
    }

    /** The plan size is part of the district, so that a reused database has plans of the size asked for. */
    private static String district(int measures) {
        return "อำเภอโหลด " + measures + " มาตรการ";
    }

    private void withApprovedPlan(String district, int measures) {
        TestOrganisation organisation = organisations.onboard(district, PROVINCE);
        approvedPlan(organisation, measures, TestOrganisations.DIVISIONS);
    }

    /** An approved plan of the organisation: measures for the divisions, indicators 1 to 10 in turn. */
    long approvedPlan(TestOrganisation organisation, int measures, List<String> divisions) {
        CurrentUser coordinator = organisation.user("coordinator");
        long plan = plans.createDraft(organisation.id(), YEAR, coordinator);
        for (int i = 0; i < measures; i++) {
            plans.addMeasure(plan, new MeasureInput("มาตรการทดสอบโหลดที่ " + (i + 1) + " เผยแพร่ข้อมูลต่อสาธารณะ",
                    List.of("IIT"), List.of(i % 10 + 1), divisions, null), coordinator);
        }
        plans.submitForApproval(plan, null, coordinator);
        plans.approve(plan, organisation.user("mayor"));
        jobs.drain(organisation.id());
        return plan;
    }
}
