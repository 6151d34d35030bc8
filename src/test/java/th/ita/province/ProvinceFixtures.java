package th.ita.province;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import th.ita.security.CurrentUser;
import th.ita.workflow.Groups;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The figures of the province page, written straight into the tables the measure process writes (an assessment, a
 * plan with measures, their parts' outcomes), so that a test controls every number it reads back. {@link #removeAll}
 * takes them out again: other tests of the same context read "the latest result" and "the plan of 2566" across
 * organisations.
 */
@Component
public class ProvinceFixtures {

    private static final OffsetDateTime AT = OffsetDateTime.of(2023, 1, 10, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    private final JdbcClient jdbc;
    private final List<Long> plans = new ArrayList<>();
    private final List<Long> assessments = new ArrayList<>();

    public ProvinceFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes every assessment and plan written here. */
    public void removeAll() {
        if (!plans.isEmpty()) {
            jdbc.sql("delete from measure_part_outcome where plan_id in (:ids)").param("ids", plans).update();
            jdbc.sql("delete from plan_measure where plan_id in (:ids)").param("ids", plans).update();
            jdbc.sql("delete from improvement_plan where id in (:ids)").param("ids", plans).update();
        }
        if (!assessments.isEmpty()) {
            jdbc.sql("delete from assessment where id in (:ids)").param("ids", assessments).update();
        }
        plans.clear();
        assessments.clear();
    }

    /** A province nobody else uses: each test reads only its own organisations. */
    public static String newProvince() {
        return "จังหวัดทดสอบ " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A province auditor as signed in, without an account (for service tests). */
    public static CurrentUser auditorOf(String province) {
        return new CurrentUser("auditor-" + UUID.randomUUID().toString().substring(0, 8),
                Set.of(Groups.PROVINCE_AUDITOR), null, province);
    }

    public void assessment(long organisationId, int fiscalYear, String score, String grade) {
        jdbc.sql("insert into assessment (organisation_id, fiscal_year, overall_score, grade, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, 'test', ?)")
                .params(organisationId, fiscalYear, new java.math.BigDecimal(score), grade, AT).update();
        assessments.add(jdbc.sql("select id from assessment where organisation_id = ? and fiscal_year = ?")
                .params(organisationId, fiscalYear).query(Long.class).single());
    }

    /**
     * An approved plan of the year with {@code measures} measures of one division part each: the first
     * {@code done} are DONE, the next {@code overdue} are open and overdue, the rest open and on time. Returns its id.
     */
    public long plan(long organisationId, int fiscalYear, int measures, int done, int overdue) {
        jdbc.sql("insert into improvement_plan (organisation_id, fiscal_year, status, created_by, created_at) "
                        + "values (?, ?, 'APPROVED', 'test', ?)")
                .params(organisationId, fiscalYear, AT).update();
        long planId = jdbc.sql("select id from improvement_plan where organisation_id = ? and fiscal_year = ?")
                .params(organisationId, fiscalYear).query(Long.class).single();
        plans.add(planId);
        for (int seq = 1; seq <= measures; seq++) {
            String process = "pi-" + UUID.randomUUID();
            jdbc.sql("insert into plan_measure (plan_id, seq, text, due_date, process_instance_id) values (?, ?, ?, ?, ?)")
                    .params(planId, seq, "มาตรการ " + seq, LocalDate.of(2023, 3, 31), process).update();
            long measureId = jdbc.sql("select id from plan_measure where process_instance_id = ?").param(process)
                    .query(Long.class).single();
            boolean isDone = seq <= done;
            boolean isOverdue = !isDone && seq <= done + overdue;
            jdbc.sql("insert into measure_part_outcome (organisation_id, process_instance_id, division_code, plan_id, "
                            + "plan_measure_id, outcome, progress, overdue_since) values (?, ?, 'finance', ?, ?, ?, ?, ?)")
                    .params(organisationId, process, planId, measureId, isDone ? "DONE" : "OPEN",
                            isDone ? "ACCEPTED" : "IN_WORK", isOverdue ? AT : null)
                    .update();
        }
        return planId;
    }

    public int readLogRows(String userId, Long organisationId) {
        return organisationId == null
                ? jdbc.sql("select count(*) from province_read_log where user_id = ? and organisation_id is null")
                        .param(userId).query(Integer.class).single()
                : jdbc.sql("select count(*) from province_read_log where user_id = ? and organisation_id = ?")
                        .params(userId, organisationId).query(Integer.class).single();
    }
}
