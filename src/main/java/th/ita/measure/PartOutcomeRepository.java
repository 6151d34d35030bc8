package th.ita.measure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** Rows of {@code measure_part_outcome}. Written only by the measure process's listeners and delegates. */
@Repository
class PartOutcomeRepository {

    private static final String COLUMNS = "process_instance_id, division_code, plan_id, plan_measure_id, outcome, "
            + "progress, overdue_since, decided_at, decided_by, reason";

    private final JdbcClient jdbc;

    PartOutcomeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void open(long organisationId, String processInstanceId, Collection<String> divisions, Long planId, Long planMeasureId) {
        for (String division : divisions) {
            jdbc.sql("insert into measure_part_outcome (organisation_id, process_instance_id, division_code, plan_id, "
                            + "plan_measure_id, outcome, progress) values (?, ?, ?, ?, ?, 'OPEN', 'IN_WORK')")
                    .params(organisationId, processInstanceId, division, planId, planMeasureId)
                    .update();
        }
    }

    void progress(String processInstanceId, String division, PartOutcome.Progress progress) {
        jdbc.sql("update measure_part_outcome set progress = ? where process_instance_id = ? and division_code = ?")
                .params(progress.name(), processInstanceId, division)
                .update();
    }

    /** Marks the part overdue once: a later escalation (after a send-back) keeps the first date. */
    void overdue(String processInstanceId, String division, OffsetDateTime since) {
        jdbc.sql("update measure_part_outcome set overdue_since = coalesce(overdue_since, ?) "
                        + "where process_instance_id = ? and division_code = ?")
                .params(since, processInstanceId, division)
                .update();
    }

    /** Records the measure's end for all its divisions that are still open. */
    void decide(String processInstanceId, PartOutcome.Outcome outcome, OffsetDateTime at, String by, String reason) {
        jdbc.sql("update measure_part_outcome set outcome = ?, decided_at = ?, decided_by = ?, reason = ? "
                        + "where process_instance_id = ? and outcome = 'OPEN'")
                .params(outcome.name(), at, by, reason, processInstanceId)
                .update();
    }

    List<PartOutcome> findByPlan(long planId) {
        return jdbc.sql("select " + COLUMNS + " from measure_part_outcome where plan_id = ? "
                        + "order by plan_measure_id, division_code")
                .param(planId)
                .query(PartOutcomeRepository::outcome)
                .list();
    }

    List<PartOutcome> findByProcessInstance(String processInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from measure_part_outcome where process_instance_id = ? "
                        + "order by division_code")
                .param(processInstanceId)
                .query(PartOutcomeRepository::outcome)
                .list();
    }

    /**
     * Explicit, not a DataClassRowMapper: that one looks each record component up by its camel-case name first and
     * throws (and catches) an SQLException per multi-word column per row, most of a 600-row plan's read.
     */
    private static PartOutcome outcome(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PartOutcome(rs.getString("process_instance_id"), rs.getString("division_code"),
                rs.getObject("plan_id", Long.class), rs.getObject("plan_measure_id", Long.class),
                PartOutcome.Outcome.valueOf(rs.getString("outcome")), PartOutcome.Progress.valueOf(rs.getString("progress")),
                rs.getObject("overdue_since", OffsetDateTime.class), rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"), rs.getString("reason"));
    }
}
