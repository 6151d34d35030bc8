package th.ita.workflow;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the engine's runtime tables say about open tasks and running processes, in plain statements of fixed count
 * (no engine query per row): a page's summary variables, the groups its tasks are offered to, a user's counts per
 * step, a plan's overdue steps. The columns read are the engine's documented schema.
 */
@Component
public class OpenTaskQueries {

    private final JdbcClient jdbc;

    OpenTaskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The named variables of each process instance (its own scope, not a task's or a subprocess's), in one
     * statement, by process instance id. Only strings, numbers and dates; other types and nulls are left out. The
     * engine's variable-instance query computes each row's activity instance with three joins, which was the inbox
     * page's costliest statement (9 ms median at 664 open tasks on PostgreSQL, BENCHMARKS.md).
     */
    public Map<String, Map<String, Object>> processVariables(Set<String> processInstanceIds, Collection<String> names) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Object>> byProcess = new HashMap<>();
        // By (scope, name), the engine's unique key: a process instance's own variables have its id as their scope.
        jdbc.sql("select VAR_SCOPE_, NAME_, TYPE_, TEXT_, LONG_ from ACT_RU_VARIABLE "
                        + "where VAR_SCOPE_ in (:processes) and NAME_ in (:names)")
                .param("processes", processInstanceIds)
                .param("names", names)
                .query(rs -> {
                    Object value = value(rs.getString(3), rs.getString(4), rs.getLong(5), rs.wasNull());
                    if (value != null) {
                        byProcess.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), value);
                    }
                });
        return byProcess;
    }

    /** A variable's value as the engine would give it; null for null or a type other than string, number, date. */
    private static Object value(String type, String text, long number, boolean numberIsNull) {
        return switch (type) {
            case "string" -> text;
            case "long" -> numberIsNull ? null : number;
            case "integer" -> numberIsNull ? null : (int) number;
            case "date" -> numberIsNull ? null : new Date(number);
            default -> null;
        };
    }

    /** The candidate groups of the open tasks, as (task id, group id) pairs ordered by group id; one statement. */
    public List<Map.Entry<String, String>> candidateGroups(Collection<String> taskIds) {
        return jdbc.sql("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TASK_ID_ in (:tasks) "
                        + "and TYPE_ = 'candidate' and GROUP_ID_ is not null order by GROUP_ID_")
                .param("tasks", taskIds)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
    }

    /** A user's open tasks of one step: how many, and how many of them are overdue. The step is null outside a process. */
    public record StepCount(String taskKey, long open, long overdue) {
    }

    /**
     * The open tasks of a tenant assigned to the user or offered to one of the groups (candidate, whether or not
     * someone has claimed it), counted per step in one grouped statement; overdue when the process instance's date
     * variable {@code dueVariable} is before {@code startOfTodayMillis}. Without groups only assigned tasks count.
     */
    public List<StepCount> countsByStep(String tenantId, String userId, List<String> groups, String dueVariable,
                                        long startOfTodayMillis) {
        String offered = groups.isEmpty() ? ""
                : " or exists (select 1 from ACT_RU_IDENTITYLINK i where i.TASK_ID_ = t.ID_ "
                + "and i.TYPE_ = 'candidate' and i.GROUP_ID_ in (:groups))";
        // The due date by (scope, name), the engine's unique key: the process instance's own variable, one index
        // probe per task. By process instance and "not a task's", PostgreSQL combined two indexes and read 25,000
        // index entries per task at 100,000 open tasks (0.2-0.6 s for a head's badges; BENCHMARKS.md, "Scale").
        var statement = jdbc.sql("""
                        select t.TASK_DEF_KEY_, count(*),
                               sum(case when exists (select 1 from ACT_RU_VARIABLE v
                                                     where v.VAR_SCOPE_ = t.PROC_INST_ID_ and v.NAME_ = :due
                                                       and v.TYPE_ = 'date' and v.LONG_ < :today)
                                        then 1 else 0 end)
                        from ACT_RU_TASK t
                        where t.TENANT_ID_ = :tenant and (t.ASSIGNEE_ = :user""" + offered + """
                        )
                        group by t.TASK_DEF_KEY_""")
                .param("due", dueVariable)
                .param("today", startOfTodayMillis)
                .param("tenant", tenantId)
                .param("user", userId);
        if (!groups.isEmpty()) {
            statement = statement.param("groups", groups);
        }
        return statement.query((rs, n) -> new StepCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /**
     * Every open task of a plan's measures ({@code plan_measure}) due before {@code today}: one join of our table and
     * the engine's. Columns: {@code seq}, {@code text}, {@code due_date} (the measure's), {@code task_key} and
     * {@code candidate_group} (the least division or head group the task is offered to, null if none).
     */
    public <T> List<T> overdueTasksOfPlanMeasures(long planId, LocalDate today, RowMapper<T> rows) {
        return jdbc.sql("""
                        select m.seq, m.text, m.due_date, t.TASK_DEF_KEY_ as task_key,
                               (select min(il.GROUP_ID_) from ACT_RU_IDENTITYLINK il
                                 where il.TASK_ID_ = t.ID_ and il.TYPE_ = 'candidate'
                                   and (il.GROUP_ID_ like 'div-%' or il.GROUP_ID_ like 'head-%')) as candidate_group
                        from plan_measure m join ACT_RU_TASK t on t.PROC_INST_ID_ = m.process_instance_id
                        where m.plan_id = ? and m.due_date < ?""")
                .params(planId, today)
                .query(rows)
                .list();
    }
}
