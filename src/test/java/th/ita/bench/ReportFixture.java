package th.ita.bench;

import org.springframework.jdbc.core.simple.JdbcClient;
import th.ita.plan.PlanImporter;
import th.ita.plan.PlanMeasure;
import th.ita.plan.PlanService;
import th.ita.security.CurrentUser;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The year-end report's plan of the benchmarks (this harness's (d) and {@code ReportBenchmarkIT}): {@code measures} measures over IIT, EIT and OIT, two to
 * four divisions each, imported and approved through the services; then half of the parts done, half not, one
 * evidence file per part, written directly (the report reads them; walking 600 parts through their steps would only
 * make the set-up slower).
 */
public final class ReportFixture {

    private final TestOrganisations organisations;
    private final PlanImporter importer;
    private final PlanService plans;
    private final AsyncJobs jobs;
    private final JdbcClient jdbc;

    public ReportFixture(TestOrganisations organisations, PlanImporter importer, PlanService plans, AsyncJobs jobs,
                  JdbcClient jdbc) {
        this.organisations = organisations;
        this.importer = importer;
        this.plans = plans;
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    public record Plan(TestOrganisation org, long id) {
    }

    public Plan plan(int measures) {
        TestOrganisation org = organisations.onboard("ฮอด", "เชียงใหม่");
        CurrentUser coordinator = org.user("coordinator");
        StringBuilder yaml = new StringBuilder("""
                organisation: { nameTh: "%s", district: ฮอด, province: เชียงใหม่ }
                fiscalYear: %d
                measures:
                """.formatted(org.nameTh(), th.ita.support.TestYears.current().buddhistYear()));
        List<List<String>> keys = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < measures; i++) {
            List<String> divisions = TestOrganisations.DIVISIONS.subList(0, 2 + i % 3);
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
        jobs.drain(org.id());
        OffsetDateTime when = OffsetDateTime.of(2024, 9, 1, 3, 0, 0, 0, ZoneOffset.UTC);
        List<PlanMeasure> all = plans.find(planId).orElseThrow().measures();
        for (int i = 0; i < all.size(); i++) {
            PlanMeasure m = all.get(i);
            for (String division : m.divisions()) {
                jdbc.sql("update measure_part_outcome set outcome = ?, progress = ?, decided_at = ?, "
                                + "decided_by = ? where process_instance_id = ? and division_code = ?")
                        .params(i % 2 == 0 ? "DONE" : "NOT_DONE", "ACCEPTED", when, org.userId("mayor"),
                                m.processInstanceId(), division).update();
                jdbc.sql("insert into evidence (id, organisation_id, process_instance_id, task_id, division_code, file_name, "
                                + "content_type, size_bytes, sha256, content, uploaded_by, uploaded_at) "
                                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), org.id(), m.processInstanceId(), "benchmark", division,
                                "หลักฐาน-" + division + ".pdf", "application/pdf", 4, "0".repeat(64), new byte[]{1, 2, 3, 4},
                                org.userId(division + ".officer"), when)
                        .update();
            }
        }
        return new Plan(org, planId);
    }
}
