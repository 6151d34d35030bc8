package th.ita.measure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The facts of a running measure as the application recorded them when it started (its divisions and its plan
 * link in {@code measure_part_outcome}, its title and due date in {@code plan_measure}). Process variables are
 * copies a user could try to rewrite; these rows are what the step guards compare them with.
 */
@Repository
class MeasureFacts {

    record PlanLink(Long planId, Long planMeasureId) {
    }

    record PlannedMeasure(String title, LocalDate dueDate) {
    }

    private final JdbcClient jdbc;

    MeasureFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> divisions(String processInstanceId) {
        return jdbc.sql("select division_code from measure_part_outcome where process_instance_id = ? order by division_code")
                .param(processInstanceId).query(String.class).list();
    }

    Optional<PlanLink> planLink(String processInstanceId) {
        return jdbc.sql("select plan_id, plan_measure_id from measure_part_outcome where process_instance_id = ?")
                .param(processInstanceId)
                .query((rs, row) -> new PlanLink(rs.getObject(1, Long.class), rs.getObject(2, Long.class)))
                .list().stream().findFirst();
    }

    Optional<PlannedMeasure> plannedMeasure(long planMeasureId) {
        return jdbc.sql("select text, due_date from plan_measure where id = ?").param(planMeasureId)
                .query((rs, row) -> new PlannedMeasure(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .optional();
    }

    boolean hasEvidenceOfTask(String taskId) {
        return jdbc.sql("select count(*) from evidence where task_id = ?").param(taskId).query(Long.class).single() > 0;
    }

    /** Whether the user submitted evidence in this measure (for one division, or for any when it is null). */
    boolean submittedWork(String processInstanceId, String userId, String division) {
        var query = division == null
                ? jdbc.sql("select count(*) from evidence where process_instance_id = ? and uploaded_by = ?")
                        .params(processInstanceId, userId)
                : jdbc.sql("select count(*) from evidence where process_instance_id = ? and uploaded_by = ? and division_code = ?")
                        .params(processInstanceId, userId, division);
        return query.query(Long.class).single() > 0;
    }
}
