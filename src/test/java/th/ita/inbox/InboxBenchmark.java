package th.ita.inbox;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import th.ita.assessment.IndicatorCode;
import th.ita.plan.MeasureInput;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.support.TestUsers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Time to open the inbox (first page of 50, as the grid asks, plus the count) for the seeded plan and for a
 * generated load of 200 measures × 4 divisions. Not a test: the name keeps it out of surefire's default
 * includes, and it asserts nothing about time. Run alone:
 * {@code ./mvnw -q test -Dtest=InboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the table goes to
 * standard output and to {@code target/benchmarks/inbox.md}.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class InboxBenchmark {

    private static final int PAGE = 50;
    private static final int WARM_UP = 20;
    private static final int RUNS = 30;
    private static final int MEASURES = 200;
    private static final List<String> DIVISIONS = List.of("office", "finance", "works", "education");

    @Autowired InboxService inbox;
    @Autowired PlanService planService;
    @Autowired th.ita.plan.MeasureStartJobs startJobs;
    @Autowired TestUsers users;

    private final List<String> lines = new ArrayList<>();

    @Test
    void openInbox() throws IOException {
        lines.add("| load | account | filter | tasks (count) | count ms (median / p90) | first page ms (median / p90) |");
        lines.add("|---|---|---|---|---|---|");
        measureAll("seeded plan (4 measures × 4 divisions)");

        long started = System.nanoTime();
        generate();
        String generatedIn = "%.1f s".formatted((System.nanoTime() - started) / 1e9);
        measureAll("+ generated %d measures × 4 divisions (created and approved in %s)".formatted(MEASURES, generatedIn));

        String table = String.join("\n", lines);
        System.out.println(table);
        Path out = Path.of("target", "benchmarks", "inbox.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n");
    }

    private void measureAll(String load) {
        measure(load, "finance.officer", "all", InboxService.Filter.ALL);
        measure(load, "finance.head", "all", InboxService.Filter.ALL);
        measure(load, "coordinator", "all", InboxService.Filter.ALL);
        measure(load, "mayor", "all", InboxService.Filter.ALL);
        measure(load, "finance.officer", "indicator 2", new InboxService.Filter(null, false, false, IndicatorCode.of(2)));
        measure(load, "finance.officer", "overdue", new InboxService.Filter(null, false, true, null));
    }

    private void measure(String load, String account, String filterName, InboxService.Filter filter) {
        CurrentUser user = users.user(account);
        long count = 0;
        for (int i = 0; i < WARM_UP; i++) {
            count = inbox.count(user, filter);
            inbox.page(user, filter, 0, PAGE);
        }
        long[] counts = new long[RUNS];
        long[] pages = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            inbox.count(user, filter);
            long t1 = System.nanoTime();
            inbox.page(user, filter, 0, PAGE);
            long t2 = System.nanoTime();
            counts[i] = t1 - t0;
            pages[i] = t2 - t1;
        }
        lines.add("| %s | %s | %s | %d | %s | %s |".formatted(load, account, filterName, count, stats(counts), stats(pages)));
    }

    private static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return "%.1f / %.1f".formatted(sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6);
    }

    /**
     * The demo municipality's FY 2567 plan (its seeded plan is FY 2566): every measure for all four divisions,
     * indicators spread 1–10. Ban Tan's, so that the load lands in the inboxes measured.
     */
    private void generate() {
        CurrentUser coordinator = users.user("coordinator");
        long plan = planService.createDraft(coordinator.requireOrganisation(), th.ita.support.TestYears.current().next(), coordinator);
        for (int i = 0; i < MEASURES; i++) {
            int indicator = i % 10 + 1;
            planService.addMeasure(plan, new MeasureInput("มาตรการทดสอบโหลดที่ " + (i + 1), List.of("IIT"),
                    List.of(indicator, (indicator % 10) + 1), DIVISIONS, null), coordinator);
        }
        planService.submitForApproval(plan, null, users.user("coordinator"));
        planService.approve(plan, users.user("mayor"));
        startJobs.runNow(plan);
    }
}
