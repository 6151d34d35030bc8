package th.ita.workflow;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline of measures' processes in SQL: their start and end, completed tasks, claims and assignments, comments
 * and evidence, as one {@code union all} over the engine's history tables and our {@code evidence}, filtered, sorted
 * and paged by the database. One statement for a count, one for a page, one for a whole stream, whatever the number
 * of processes or entries. The caller has checked the scope (a plan or a process instance); every row belongs to the
 * scope's process instances. Order: by time, then by kind (the order a person tells a step), then by row id, so pages
 * never overlap.
 * <p>
 * The kinds are numbers in the order of {@code th.ita.audit.TimelineEntry.Kind}: 0 started, 1 claimed, 2 assigned,
 * 3 unassigned, 4 evidence, 5 comment, 6 task completed, 7 ended. Columns of a row: {@code at}, {@code user_id},
 * {@code kind}, {@code task_id}, {@code detail}, {@code task_name}, {@code candidate_group} (the least division or
 * head group the task was offered to), {@code full_message} (a comment's, bytes in UTF-8), {@code decision},
 * {@code reason}, {@code acting_for}, {@code decision_role} (a completion's {@code decision_record}), {@code measure}
 * ("seq. text" of the plan's measure, for a plan's scope), {@code first_name}, {@code last_name}, {@code position}.
 */
@Component
public class ProcessTimelineQueries {

    /** Rows fetched at a time while a stream runs: the driver does not hold a whole plan's history in memory. */
    private static final int STREAM_FETCH_SIZE = 500;

    private static final String ENTRIES = """
            select pi.START_TIME_ as at, pi.START_USER_ID_ as user_id, 0 as kind, cast(null as varchar(64)) as task_id,
                   cast(null as varchar(4000)) as detail, cast(null as varchar(64)) as comment_id,
                   pi.ID_ as process_instance_id, pi.ID_ as row_id
              from ACT_HI_PROCINST pi where pi.ID_ in (SCOPE)
            union all
            select t.END_TIME_, t.ASSIGNEE_, 6, t.ID_, null, null, t.PROC_INST_ID_, t.ID_
              from ACT_HI_TASKINST t where t.PROC_INST_ID_ in (SCOPE) and t.END_TIME_ is not null
               and t.DELETE_REASON_ = 'completed'
            union all
            select l.TIMESTAMP_, l.USER_ID_,
                   case when l.OPERATION_TYPE_ = :claim then 1 when l.NEW_VALUE_ is null then 3 else 2 end,
                   l.TASK_ID_,
                   case when l.OPERATION_TYPE_ = :claim then null when l.NEW_VALUE_ is null then l.ORG_VALUE_
                        else l.NEW_VALUE_ end,
                   null, l.PROC_INST_ID_, l.ID_
              from ACT_HI_OP_LOG l where l.PROC_INST_ID_ in (SCOPE) and l.ENTITY_TYPE_ = :taskEntity
               and l.PROPERTY_ = 'assignee' and l.OPERATION_TYPE_ in (:claim, :assign, :delegate)
            union all
            select c.TIME_, c.USER_ID_, 5, c.TASK_ID_, null, c.ID_, c.PROC_INST_ID_, c.ID_
              from ACT_HI_COMMENT c where c.PROC_INST_ID_ in (SCOPE)
            union all
            select cast(e.uploaded_at as timestamp), e.uploaded_by, 4, e.task_id,
                   e.file_name || ' · SHA-256 ' || e.sha256, null, e.process_instance_id, cast(e.id as varchar(64))
              from evidence e where e.process_instance_id in (SCOPE)
            union all
            select pi.END_TIME_, null, 7, null, null, null, pi.ID_, pi.ID_
              from ACT_HI_PROCINST pi where pi.ID_ in (SCOPE) and pi.END_TIME_ is not null
            """;
    private static final String PLAN_SCOPE =
            "select pm.process_instance_id from plan_measure pm where pm.plan_id = :plan and pm.process_instance_id is not null";
    private static final String DIVISION_GROUP = """
            (select min(il.GROUP_ID_) from ACT_HI_IDENTITYLINK il where il.TASK_ID_ = x.task_id and il.TYPE_ = 'candidate'
               and (il.GROUP_ID_ like 'div-%' or il.GROUP_ID_ like 'head-%'))""";

    /**
     * A completed step's decision as its record has it, whatever door it came through: a completion over
     * {@code /engine-rest} leaves no comment, but always a decision record.
     */
    private static final String DECISION =
            "(select d.decision from decision_record d where d.process_instance_id = x.process_instance_id"
            + " and d.task_id = x.task_id and x.kind = 6)";

    /** Whose timeline: a plan's measures (by {@code plan_measure}) or one process instance; exactly one is set. */
    public record Scope(Long planId, String processInstanceId) {

        public static Scope ofPlan(long planId) {
            return new Scope(planId, null);
        }

        public static Scope ofProcessInstance(String processInstanceId) {
            return new Scope(null, processInstanceId);
        }
    }

    /**
     * Which entries: by the person who acted, the kind (its number), the division the task was offered to (its
     * division or head group), and a time range {@code [from, to)}; each null for any.
     */
    public record Filter(String userId, Integer kind, String division, Timestamp from, Timestamp to) {
    }

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    ProcessTimelineQueries(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        JdbcTemplate fetching = new JdbcTemplate(jdbcTemplate.getDataSource());
        fetching.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = JdbcClient.create(fetching);
    }

    public long count(Scope scope, Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = "select count(*) from (" + entries(scope, params) + ") x where " + where(filter, params);
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    public <T> List<T> page(Scope scope, Filter filter, int offset, int limit, RowMapper<T> rows) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("offset", Math.max(0, offset));
        params.put("limit", Math.max(0, limit));
        return jdbc.sql(select(scope, filter, params) + " offset :offset rows fetch next :limit rows only")
                .params(params).query(rows).list();
    }

    /** Every entry in order, handed over one by one as the database returns them. */
    public void forEach(Scope scope, Filter filter, RowCallbackHandler rows) {
        Map<String, Object> params = new LinkedHashMap<>();
        streaming.sql(select(scope, filter, params)).params(params).query(rows);
    }

    private String select(Scope scope, Filter filter, Map<String, Object> params) {
        String measure = scope.planId() != null
                ? "(select cast(pm.seq as varchar(12)) || '. ' || pm.text from plan_measure pm "
                + "where pm.process_instance_id = x.process_instance_id)"
                : "cast(null as varchar(2000))";
        return "select x.at, x.user_id, x.kind, x.task_id, x.detail, t.NAME_ as task_name, "
                + DIVISION_GROUP + " as candidate_group, "
                + "(select c.FULL_MSG_ from ACT_HI_COMMENT c where c.ID_ = x.comment_id) as full_message, "
                + DECISION + " as decision, " + DECISION.replace("d.decision", "d.reason") + " as reason, "
                + DECISION.replace("d.decision", "d.acting_for") + " as acting_for, "
                + DECISION.replace("d.decision", "d.role") + " as decision_role, "
                + measure + " as measure, u.FIRST_ as first_name, u.LAST_ as last_name, pp.position as position "
                + "from (" + entries(scope, params) + ") x left join ACT_HI_TASKINST t on t.ID_ = x.task_id "
                // The person by name and position, in the same statement (a page or a whole stream names many).
                + "left join ACT_ID_USER u on u.ID_ = x.user_id left join person_position pp on pp.user_id = x.user_id "
                + "where " + where(filter, params)
                + " order by x.at, x.kind, x.row_id";
    }

    private static String entries(Scope scope, Map<String, Object> params) {
        params.put("claim", UserOperationLogEntry.OPERATION_TYPE_CLAIM);
        params.put("assign", UserOperationLogEntry.OPERATION_TYPE_ASSIGN);
        params.put("delegate", UserOperationLogEntry.OPERATION_TYPE_DELEGATE);
        params.put("taskEntity", EntityTypes.TASK);
        String inScope;
        if (scope.planId() != null) {
            params.put("plan", scope.planId());
            inScope = PLAN_SCOPE;
        } else {
            params.put("processInstance", scope.processInstanceId());
            inScope = ":processInstance";
        }
        return ENTRIES.replace("SCOPE", inScope);
    }

    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.userId() != null) {
            where.append(" and x.user_id = :user");
            params.put("user", filter.userId());
        }
        if (filter.kind() != null) {
            where.append(" and x.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.division() != null) {
            where.append(" and exists (select 1 from ACT_HI_IDENTITYLINK il where il.TASK_ID_ = x.task_id "
                    + "and il.TYPE_ = 'candidate' and il.GROUP_ID_ in (:divisionGroup, :headGroup))");
            params.put("divisionGroup", Groups.divisionGroup(filter.division()));
            params.put("headGroup", Groups.headGroup(filter.division()));
        }
        if (filter.from() != null) {
            where.append(" and x.at >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and x.at < :to");
            params.put("to", filter.to());
        }
        return where.toString();
    }
}
