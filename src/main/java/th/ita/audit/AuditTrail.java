package th.ita.audit;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import th.ita.shared.I18n;
import th.ita.security.Groups;

import th.ita.people.People;
import th.ita.people.PersonName;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The audit timeline in SQL: the measures' start and end, completed tasks, claims and assignments, comments and
 * evidence, as one {@code union all} over the engine's history tables and our evidence, filtered, sorted and
 * paged by the database. One statement for a count, one for a page, one for the whole CSV, whatever the number
 * of measures or entries (it was five engine queries per measure, then filters in Java).
 * <p>
 * Reading the engine's tables directly is deliberate: the scope (a plan or a measure) was checked against
 * {@code OrganisationAccess} before a scope exists ({@link AuditScope}), and every row here belongs to the scope's
 * process instances. The division of a task is its candidate group, as in {@link TaskDivisions}. Order: by time,
 * and for equal times in the order a person tells a step ({@link TimelineEntry.Kind}), then by row id, so pages
 * never overlap.
 */
@Component
class AuditTrail {

    /** Rows fetched at a time while a CSV streams: the driver does not hold a whole plan's history in memory. */
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

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final Clock clock;
    private final I18n i18n;

    private final People people;

    AuditTrail(JdbcTemplate jdbcTemplate, Clock clock, I18n i18n, People people) {
        this.i18n = i18n;
        this.people = people;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        JdbcTemplate fetching = new JdbcTemplate(jdbcTemplate.getDataSource());
        fetching.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = JdbcClient.create(fetching);
        this.clock = clock;
    }

    long count(AuditScope scope, AuditFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = "select count(*) from (" + entries(scope, params) + ") x where " + where(filter, params);
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    List<TimelineEntry> page(AuditScope scope, AuditFilter filter, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("offset", Math.max(0, offset));
        params.put("limit", Math.max(0, limit));
        return jdbc.sql(select(scope, filter, params) + " offset :offset rows fetch next :limit rows only")
                .params(params).query((rs, n) -> entry(rs, scope)).list();
    }

    /** Every entry in order, handed over one by one as the database returns them (for the CSV). */
    void forEach(AuditScope scope, AuditFilter filter, Consumer<TimelineEntry> each) {
        Map<String, Object> params = new LinkedHashMap<>();
        streaming.sql(select(scope, filter, params)).params(params).query(rs -> {
            each.accept(entry(rs, scope));
        });
    }

    private String select(AuditScope scope, AuditFilter filter, Map<String, Object> params) {
        String measure = scope instanceof AuditScope.OfPlan
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
                // The person by name and position, in the same statement (a page or a whole CSV names many).
                + "left join ACT_ID_USER u on u.ID_ = x.user_id left join person_position pp on pp.user_id = x.user_id "
                + "where " + where(filter, params)
                + " order by x.at, x.kind, x.row_id";
    }

    private static String entries(AuditScope scope, Map<String, Object> params) {
        params.put("claim", UserOperationLogEntry.OPERATION_TYPE_CLAIM);
        params.put("assign", UserOperationLogEntry.OPERATION_TYPE_ASSIGN);
        params.put("delegate", UserOperationLogEntry.OPERATION_TYPE_DELEGATE);
        params.put("taskEntity", EntityTypes.TASK);
        String inScope;
        if (scope instanceof AuditScope.OfPlan plan) {
            params.put("plan", plan.planId());
            inScope = PLAN_SCOPE;
        } else {
            params.put("processInstance", ((AuditScope.OfMeasure) scope).processInstanceId());
            inScope = ":processInstance";
        }
        return ENTRIES.replace("SCOPE", inScope);
    }

    private String where(AuditFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.userId() != null) {
            where.append(" and x.user_id = :user");
            params.put("user", filter.userId());
        }
        if (filter.kind() != null) {
            where.append(" and x.kind = :kind");
            params.put("kind", filter.kind().ordinal());
        }
        if (filter.division() != null) {
            where.append(" and exists (select 1 from ACT_HI_IDENTITYLINK il where il.TASK_ID_ = x.task_id "
                    + "and il.TYPE_ = 'candidate' and il.GROUP_ID_ in (:divisionGroup, :headGroup))");
            params.put("divisionGroup", Groups.DIVISION_PREFIX + filter.division());
            params.put("headGroup", Groups.HEAD_PREFIX + filter.division());
        }
        if (filter.from() != null) {
            where.append(" and x.at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and x.at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        return where.toString();
    }

    /** Dates are whole days in the server's zone, as {@link AuditFilter} says. */
    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
    }

    private TimelineEntry entry(ResultSet rs, AuditScope scope) throws SQLException {
        TimelineEntry.Kind kind = TimelineEntry.Kind.values()[rs.getInt("kind")];
        String detail = rs.getString("detail");
        if (kind == TimelineEntry.Kind.COMMENT) {
            byte[] message = rs.getBytes("full_message");
            detail = message == null ? null : new String(message, StandardCharsets.UTF_8);
        }
        String decision = rs.getString("decision");
        if (kind == TimelineEntry.Kind.TASK_COMPLETED && decision != null) {
            String reason = rs.getString("reason");
            String actingFor = rs.getString("acting_for");
            detail = i18n.getTranslation("decisions.value." + decision, I18n.THAI)
                    + (reason == null || reason.isBlank() ? "" : " · " + reason)
                    // Rare (an acting appointment), so the person acted for is named by a lookup of its own;
                    // their position says which role it was.
                    + (actingFor == null ? "" : " · " + i18n.getTranslation("decisions.actingForPerson", I18n.THAI,
                    people.name(actingFor).label()));
        }
        String taskId = rs.getString("task_id");
        String measure = scope instanceof AuditScope.OfMeasure one ? one.title() : rs.getString("measure");
        String userId = rs.getString("user_id");
        String person = userId == null ? null : PersonName.fromParts(userId, rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("position")).label();
        return new TimelineEntry(rs.getTimestamp("at"), userId, kind,
                taskId == null ? null : rs.getString("task_name"), detail, taskId,
                TaskDivisions.ofGroup(rs.getString("candidate_group")), measure, person);
    }
}
