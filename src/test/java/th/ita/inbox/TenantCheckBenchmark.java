package th.ita.inbox;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import th.ita.plan.MeasureInput;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.workflow.Tenants;
import th.ita.shared.FiscalYear;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the tenant check costs the inbox: on the real PostgreSQL, {@value #ORGANISATIONS} organisations with an
 * approved plan of {@value #MEASURES} measures × 4 divisions each, one finance officer's task query with and
 * without the organisation's tenant ({@code tenantIdIn}), and the inbox service as shipped. Not a test (the name
 * keeps it out of surefire and failsafe); asserts nothing about time. Run alone, against an empty database:
 * {@code ITA_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/ita_bench ./mvnw -q test -Dtest=TenantCheckBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; the table goes to standard output and {@code target/benchmarks/tenant-check.md}.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${ITA_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/test}",
        "ita.demo.enabled=false",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
@DirtiesContext
class TenantCheckBenchmark {

    private static final int ORGANISATIONS = 20;
    private static final int MEASURES = 50;
    private static final int PAGE = 50;
    private static final int WARM_UP = 20;
    private static final int RUNS = 40;

    @Autowired TestOrganisations organisations;
    @Autowired PlanService plans;
    @Autowired th.ita.plan.MeasureStartJobs startJobs;
    @Autowired InboxService inbox;
    @Autowired TaskService taskService;

    @Test
    void inboxWithAndWithoutTheTenantCheck() throws IOException {
        long started = System.nanoTime();
        List<TestOrganisation> all = new ArrayList<>();
        for (int i = 0; i < ORGANISATIONS; i++) {
            all.add(withApprovedPlan(organisations.onboard()));
        }
        double generated = (System.nanoTime() - started) / 1e9;
        TestOrganisation measured = all.get(0);
        CurrentUser officer = measured.user("finance.officer");
        String tenant = Tenants.of(measured.id());
        long open = taskService.createTaskQuery().count();

        List<String> lines = new ArrayList<>();
        lines.add("Open tasks: %d in %d organisations (generated in %.0f s); measured: one organisation's finance officer."
                .formatted(open, ORGANISATIONS, generated));
        lines.add("");
        lines.add("| query | rows | count ms (median / p90) | first page of 50 ms (median / p90) |");
        lines.add("|---|---|---|---|");
        lines.add(row("engine task query, candidate group div-finance, every organisation (no tenant check)",
                () -> taskService.createTaskQuery().taskCandidateGroup("div-finance")));
        lines.add(row("the same with tenantIdIn(its organisation)",
                () -> taskService.createTaskQuery().taskCandidateGroup("div-finance").tenantIdIn(tenant)));
        lines.add(serviceRow(officer));
        String table = String.join("\n", lines);
        System.out.println(table);
        Path out = Path.of("target", "benchmarks", "tenant-check.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n");
    }

    private TestOrganisation withApprovedPlan(TestOrganisation organisation) {
        CurrentUser coordinator = organisation.user("coordinator");
        long plan = plans.createDraft(organisation.id(), th.ita.support.TestYears.current(), coordinator);
        for (int i = 0; i < MEASURES; i++) {
            plans.addMeasure(plan, new MeasureInput("มาตรการทดสอบโหลดที่ " + (i + 1), List.of("IIT"), List.of(i % 10 + 1),
                    TestOrganisations.DIVISIONS, null), coordinator);
        }
        plans.submitForApproval(plan, null, coordinator);
        plans.approve(plan, organisation.user("mayor"));
        startJobs.runNow(plan);
        return organisation;
    }

    private String row(String name, Supplier<TaskQuery> query) {
        long rows = 0;
        for (int i = 0; i < WARM_UP; i++) {
            rows = query.get().count();
            query.get().listPage(0, PAGE);
        }
        long[] counts = new long[RUNS];
        long[] pages = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            query.get().count();
            long t1 = System.nanoTime();
            query.get().listPage(0, PAGE);
            counts[i] = t1 - t0;
            pages[i] = System.nanoTime() - t1;
        }
        return "| %s | %d | %s | %s |".formatted(name, rows, stats(counts), stats(pages));
    }

    private String serviceRow(CurrentUser officer) {
        long rows = 0;
        for (int i = 0; i < WARM_UP; i++) {
            rows = inbox.count(officer, InboxService.Filter.ALL);
            inbox.page(officer, InboxService.Filter.ALL, 0, PAGE);
        }
        long[] counts = new long[RUNS];
        long[] pages = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            inbox.count(officer, InboxService.Filter.ALL);
            long t1 = System.nanoTime();
            inbox.page(officer, InboxService.Filter.ALL, 0, PAGE);
            counts[i] = t1 - t0;
            pages[i] = System.nanoTime() - t1;
        }
        return "| InboxService as shipped (tenant, candidate groups, the page's variables) | %d | %s | %s |"
                .formatted(rows, stats(counts), stats(pages));
    }

    private static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return "%.1f / %.1f".formatted(sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6);
    }
}
