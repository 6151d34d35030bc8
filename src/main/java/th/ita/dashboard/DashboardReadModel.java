package th.ita.dashboard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import th.ita.audit.TaskDivisions;
import th.ita.plan.MeasureStatus;
import th.ita.plan.PlanStatus;
import th.ita.shared.FiscalYear;
import th.ita.workflow.OpenTaskQueries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dashboard's own reads: a fixed number of SQL statements whatever the plan's size (issue 12: the engine's
 * history per measure made it 113 for 4 measures).
 * <p>
 * Progress comes from {@code measure_part_outcome}, which the measure process keeps up to date as each division's
 * part moves: a part counts as done when the measure ended done, or when its head accepted it and the measure is
 * still open (an executive's or coordinator's return creates the division's task again, which sets the part back
 * to IN_WORK, so an old acceptance does not overstate progress). The overdue list reads the engine's runtime
 * tables in one join; the plan's organisation was checked by the caller, so the plan's own process instances are
 * all it can reach.
 */
@Component
class DashboardReadModel {

    private final JdbcClient jdbc;
    private final OpenTaskQueries openTasks;

    DashboardReadModel(JdbcClient jdbc, OpenTaskQueries openTasks) {
        this.jdbc = jdbc;
        this.openTasks = openTasks;
    }

    Optional<DashboardPlan> plan(long planId) {
        return jdbc.sql("select id, organisation_id, fiscal_year, assessment_id, status from improvement_plan where id = ?")
                .param(planId)
                .query((rs, n) -> new DashboardPlan(rs.getLong("id"), rs.getLong("organisation_id"),
                        FiscalYear.of(rs.getInt("fiscal_year")), rs.getObject("assessment_id", Long.class),
                        PlanStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    /** A measure of the plan with its divisions, the divisions whose part is done, and its indicators. */
    record MeasureParts(long id, int seq, MeasureStatus status, Set<String> divisions, Set<String> done,
                        List<Integer> indicators) {
    }

    /** Every measure of the plan in seq order: two statements, its parts and its indicators. */
    List<MeasureParts> measures(long planId) {
        Map<Long, Builder> measures = new LinkedHashMap<>();
        jdbc.sql("""
                        select m.id, m.seq, m.process_instance_id, m.recorded_outcome, md.division_code,
                               coalesce(o.outcome, md.recorded_outcome) as outcome, o.progress
                        from plan_measure m
                        left join plan_measure_division md on md.measure_id = m.id
                        left join measure_part_outcome o on o.process_instance_id = m.process_instance_id
                                                        and o.division_code = md.division_code
                        where m.plan_id = ? order by m.seq, m.id""")
                .param(planId)
                .query(rs -> {
                    long id = rs.getLong("id");
                    Builder measure = measures.get(id);
                    if (measure == null) {
                        // A history plan's measure ran no process: its outcome and its parts' are as recorded.
                        measure = new Builder(id, rs.getInt("seq"), rs.getString("process_instance_id") != null,
                                rs.getString("recorded_outcome"));
                        measures.put(id, measure);
                    }
                    measure.part(rs.getString("division_code"), rs.getString("outcome"), rs.getString("progress"));
                });
        jdbc.sql("""
                        select mi.measure_id, mi.indicator_code from plan_measure_indicator mi
                        join plan_measure m on m.id = mi.measure_id where m.plan_id = ? order by mi.indicator_code""")
                .param(planId)
                .query(rs -> {
                    Builder measure = measures.get(rs.getLong(1));
                    if (measure != null) {
                        measure.indicators.add(rs.getInt(2));
                    }
                });
        return measures.values().stream().map(Builder::build).toList();
    }

    /** An overdue open task: its measure, the candidate group it is offered to (null if none), and its step. */
    record OpenTask(int measureSeq, String measureText, LocalDate dueDate, String taskKey, String divisionCode) {
    }

    /** Every open task of the plan's measures due before {@code today}: one join of our tables and the engine's. */
    List<OpenTask> overdueTasks(long planId, LocalDate today) {
        return openTasks.overdueTasksOfPlanMeasures(planId, today, (rs, n) -> new OpenTask(rs.getInt("seq"),
                rs.getString("text"), rs.getObject("due_date", LocalDate.class), rs.getString("task_key"),
                TaskDivisions.ofGroup(rs.getString("candidate_group"))));
    }

    private static final class Builder {
        private final long id;
        private final int seq;
        private final boolean started;
        private final String recorded;
        private final Set<String> divisions = new LinkedHashSet<>();
        private final Set<String> done = new LinkedHashSet<>();
        private final Set<String> outcomes = new LinkedHashSet<>();
        private final List<Integer> indicators = new ArrayList<>();

        Builder(long id, int seq, boolean started, String recorded) {
            this.id = id;
            this.seq = seq;
            this.started = started;
            this.recorded = recorded;
        }

        void part(String division, String outcome, String progress) {
            if (division == null) {
                return;
            }
            divisions.add(division);
            if (outcome != null) {
                outcomes.add(outcome);
            }
            if ("DONE".equals(outcome) || ("OPEN".equals(outcome) && "ACCEPTED".equals(progress))) {
                done.add(division);
            }
        }

        MeasureParts build() {
            MeasureStatus status = recorded != null
                    ? ("DONE".equals(recorded) ? MeasureStatus.DONE : MeasureStatus.ENDED_NOT_DONE)
                    : !started ? MeasureStatus.PLANNED
                    : outcomes.contains("DONE") ? MeasureStatus.DONE
                    : outcomes.isEmpty() || outcomes.contains("OPEN") ? MeasureStatus.RUNNING
                    : MeasureStatus.ENDED_NOT_DONE;
            return new MeasureParts(id, seq, status, Set.copyOf(divisions),
                    status == MeasureStatus.DONE ? Set.copyOf(divisions) : Set.copyOf(done), List.copyOf(indicators));
        }
    }
}
