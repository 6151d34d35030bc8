package th.ita.report;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import th.ita.bench.AsyncJobs;
import th.ita.bench.ReportFixture;
import th.ita.plan.PlanImporter;
import th.ita.plan.PlanService;
import th.ita.plan.PlanSummary;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.support.TestOrganisations;
import th.ita.support.TestUsers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Times the year-end report (BENCHMARKS.md, "Year-end report"); asserts nothing about time. Run on demand:
 * {@code ./mvnw -B -q test-compile failsafe:integration-test -Dit.test=ReportBenchmarkIT -Dbenchmark=true}.
 * Also writes the demo report to {@code target/report-demo.pdf} for the screenshot in the README.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/report-benchmark-${random.uuid}")
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReportBenchmarkIT {

    @Autowired YearEndReportService reports;
    @Autowired PlanService plans;
    @Autowired ManagementService managementService;
    @Autowired PlanImporter importer;
    @Autowired JdbcClient jdbc;
    @Autowired TestUsers users;
    @Autowired TestOrganisations testOrganisations;

    @Test
    void timeTheDemoPlanAndAPlanOf200Measures() throws IOException {
        CurrentUser coordinator = users.user("coordinator");
        long demo = plans.list(coordinator).stream().filter(p -> p.fiscalYear().equals(FiscalYear.of(2566)))
                .map(PlanSummary::id).findFirst().orElseThrow();
        Files.write(Path.of("target/report-demo.pdf"), reports.pdf(demo, coordinator));
        Files.write(Path.of("target/report-demo.docx"), reports.docx(demo, coordinator));

        ReportFixture.Plan big = new ReportFixture(testOrganisations, importer, plans, new AsyncJobs(managementService), jdbc)
                .plan(200);
        StringBuilder out = new StringBuilder();
        // Each plan is read by its own organisation's coordinator: another organisation's plan is "not found".
        for (var run : List.of(Map.entry(demo, coordinator), Map.entry(big.id(), big.org().user("coordinator")))) {
            long id = run.getKey();
            CurrentUser reader = run.getValue();
            int measures = plans.find(id).orElseThrow().measures().size();
            reports.generate(id, reader); // warm-up: class loading, font parsing, JIT
            long generate = median(() -> timed(() -> reports.generate(id, reader)));
            long docx = median(() -> timed(() -> reports.docx(id, reader)));
            long pdf = median(() -> timed(() -> reports.pdf(id, reader)));
            var latest = reports.latest(id).orElseThrow();
            int docxBytes = reports.stored(id, latest.version(), ReportFormat.DOCX, reader).orElseThrow().length;
            int pdfBytes = reports.stored(id, latest.version(), ReportFormat.PDF, reader).orElseThrow().length;
            out.append("plan %d: %d measures, generate+store %d ms, DOCX only %d ms (%d KB), PDF only %d ms (%d KB)%n"
                    .formatted(id, measures, generate, docx, docxBytes / 1024, pdf, pdfBytes / 1024));
        }
        System.out.println("=== Year-end report benchmark ===\n" + out);
        Files.writeString(Path.of("target/report-benchmark.txt"), out);
    }

    private static long median(LongSupplier run) {
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            times[i] = run.getAsLong();
        }
        java.util.Arrays.sort(times);
        return times[2];
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
