package th.ita.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import th.ita.plan.PlanImporter;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanService;
import th.ita.plan.PlanSummary;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;
import th.ita.support.TestUsers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

    private static final List<String> DIVISIONS = List.of("office", "finance", "works", "education");

    @Autowired YearEndReportService reports;
    @Autowired PlanService plans;
    @Autowired th.ita.plan.MeasureStartJobs startJobs;
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

        long big = bigPlan(testOrganisations.onboard("ฮอด", "เชียงใหม่"));
        StringBuilder out = new StringBuilder();
        for (var plan : List.of(new long[]{demo}, new long[]{big})) {
            long id = plan[0];
            int measures = plans.find(id).orElseThrow().measures().size();
            reports.generate(id, coordinator); // warm-up: class loading, font parsing, JIT
            long generate = median(() -> timed(() -> reports.generate(id, coordinator)));
            long docx = median(() -> timed(() -> reports.docx(id, coordinator)));
            long pdf = median(() -> timed(() -> reports.pdf(id, coordinator)));
            var latest = reports.latest(id).orElseThrow();
            int docxBytes = reports.stored(id, latest.version(), ReportFormat.DOCX, coordinator).orElseThrow().length;
            int pdfBytes = reports.stored(id, latest.version(), ReportFormat.PDF, coordinator).orElseThrow().length;
            out.append("plan %d: %d measures, generate+store %d ms, DOCX only %d ms (%d KB), PDF only %d ms (%d KB)%n"
                    .formatted(id, measures, generate, docx, docxBytes / 1024, pdf, pdfBytes / 1024));
        }
        System.out.println("=== Year-end report benchmark ===\n" + out);
        Files.writeString(Path.of("target/report-benchmark.txt"), out);
    }

    /** 200 measures over IIT, EIT and OIT, two to four divisions each, half done, one evidence file per division. */
    private long bigPlan(TestOrganisation org) {
        CurrentUser coordinator = org.user("coordinator");
        StringBuilder yaml = new StringBuilder("""
                organisation: { nameTh: "%s", district: ฮอด, province: เชียงใหม่ }
                fiscalYear: 2567
                measures:
                """.formatted(org.nameTh()));
        List<List<String>> keys = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < 200; i++) {
            List<String> divisions = DIVISIONS.subList(0, 2 + i % 3);
            yaml.append("  - { key: m%d, text: \"มาตรการที่ %d ส่งเสริมการเปิดเผยข้อมูลและป้องกันผลประโยชน์ทับซ้อนของบุคลากรภายในหน่วยงาน\", indicators: [%d], divisions: [%s] }\n"
                    .formatted(i, i + 1, 1 + i % 10, String.join(", ", divisions)));
            keys.get(i % 3).add("m" + i);
        }
        yaml.append("sections:\n");
        String[] instruments = {"IIT", "EIT", "OIT"};
        for (int s = 0; s < 3; s++) {
            yaml.append("""
                      - instrument: %s
                        weaknesses: [การปฏิบัติหน้าที่, การใช้งบประมาณ, การใช้ทรัพย์สินของราชการ]
                        approaches: [จัดทำคู่มือการปฏิบัติงาน, เผยแพร่ข้อมูลทางเว็บไซต์]
                        measures: [%s]
                    """.formatted(instruments[s], String.join(", ", keys.get(s))));
        }
        long planId = importer.importPlan(yaml.toString().getBytes(StandardCharsets.UTF_8), org.id(), coordinator);
        plans.submitForApproval(planId, null, coordinator);
        plans.approve(planId, org.user("mayor"));
        startJobs.runNow(planId);
        OffsetDateTime when = OffsetDateTime.of(2024, 9, 1, 3, 0, 0, 0, ZoneOffset.UTC);
        List<PlanMeasure> measures = plans.find(planId).orElseThrow().measures();
        for (int i = 0; i < measures.size(); i++) {
            PlanMeasure m = measures.get(i);
            for (String division : m.divisions()) {
                String outcome = i % 2 == 0 ? "DONE" : "NOT_DONE";
                // The measure's process opened the row at approval; the benchmark decides it directly.
                jdbc.sql("update measure_part_outcome set outcome = ?, progress = ?, decided_at = ?, "
                                + "decided_by = ? where process_instance_id = ? and division_code = ?")
                        .params(outcome, "ACCEPTED", when, org.userId("mayor"), m.processInstanceId(), division).update();
                jdbc.sql("insert into evidence (id, organisation_id, process_instance_id, task_id, division_code, file_name, "
                                + "content_type, size_bytes, sha256, content, uploaded_by, uploaded_at) "
                                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), org.id(), m.processInstanceId(), "benchmark", division,
                                "หลักฐาน-" + division + ".pdf", "application/pdf", 4, "0".repeat(64), new byte[]{1, 2, 3, 4},
                                org.userId(division + ".officer"), when)
                        .update();
            }
        }
        return planId;
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
