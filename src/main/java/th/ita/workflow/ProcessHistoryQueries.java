package th.ita.workflow;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine's history tables say about finished steps and comments, in plain SQL: inside a user's command the
 * engine's own history queries would filter by that user's permissions, and a read model needs one statement per
 * page, with the people's names joined in.
 */
@Component
public class ProcessHistoryQueries {

    private final JdbcClient jdbc;

    ProcessHistoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whoever completed the latest {@code taskKey} of the process (in that execution, when given). */
    public Optional<String> lastWorker(String processInstanceId, String taskKey, String executionId) {
        Map<String, Object> params = new HashMap<>(Map.of("pi", processInstanceId, "key", taskKey));
        if (executionId != null) {
            params.put("execution", executionId);
        }
        return jdbc.sql("select ASSIGNEE_ from ACT_HI_TASKINST where PROC_INST_ID_ = :pi and TASK_DEF_KEY_ = :key "
                        + "and END_TIME_ is not null and ASSIGNEE_ is not null "
                        + (executionId == null ? "" : "and EXECUTION_ID_ = :execution ")
                        + "order by END_TIME_ desc")
                .params(params).query(String.class).list().stream().findFirst();
    }

    /** Whoever completed the latest {@code taskKey} of the process that was offered to {@code candidateGroup}. */
    public Optional<String> lastWorkerOfGroup(String processInstanceId, String taskKey, String candidateGroup) {
        return jdbc.sql("select t.ASSIGNEE_ from ACT_HI_TASKINST t where t.PROC_INST_ID_ = ? and t.TASK_DEF_KEY_ = ? "
                        + "and t.END_TIME_ is not null and t.ASSIGNEE_ is not null and exists (select 1 from ACT_HI_IDENTITYLINK l "
                        + "where l.TASK_ID_ = t.ID_ and l.GROUP_ID_ = ? and l.TYPE_ = 'candidate') order by t.END_TIME_ desc")
                .params(processInstanceId, taskKey, candidateGroup)
                .query(String.class).list().stream().findFirst();
    }

    /**
     * The finished {@code taskKey} steps of the processes, oldest first, in one statement with their assignee's name
     * ({@code person_position} joined). Columns: {@code process_instance_id}, {@code assignee}, {@code end_time},
     * {@code candidate_group} (the least division or head group it was offered to), {@code first_name},
     * {@code last_name}, {@code position}.
     */
    public void finishedStepsWithAssignees(Collection<String> processInstanceIds, String taskKey, RowCallbackHandler rows) {
        jdbc.sql("""
                        select t.PROC_INST_ID_ as process_instance_id, t.ASSIGNEE_ as assignee, t.END_TIME_ as end_time,
                               (select min(il.GROUP_ID_) from ACT_HI_IDENTITYLINK il
                                 where il.TASK_ID_ = t.ID_ and il.TYPE_ = 'candidate'
                                   and (il.GROUP_ID_ like 'div-%' or il.GROUP_ID_ like 'head-%')) as candidate_group,
                               u.FIRST_ as first_name, u.LAST_ as last_name, pp.position as position
                        from ACT_HI_TASKINST t
                        left join ACT_ID_USER u on u.ID_ = t.ASSIGNEE_
                        left join person_position pp on pp.user_id = t.ASSIGNEE_
                        where t.PROC_INST_ID_ in (:ids) and t.TASK_DEF_KEY_ = :review and t.END_TIME_ is not null
                        order by t.END_TIME_, t.ID_""")
                .param("ids", processInstanceIds).param("review", taskKey)
                .query(rows);
    }

    /**
     * Every comment of the processes, oldest first, except those on finished {@code exceptFinishedTaskKey} steps, in
     * one statement with the author's name ({@code person_position} joined). Columns: {@code process_instance_id},
     * {@code user_id}, {@code time}, {@code full_message} (bytes, UTF-8), {@code task_name}, {@code first_name},
     * {@code last_name}, {@code position}.
     */
    public void commentsWithAuthors(Collection<String> processInstanceIds, String exceptFinishedTaskKey,
                                    RowCallbackHandler rows) {
        jdbc.sql("""
                        select c.PROC_INST_ID_ as process_instance_id, c.USER_ID_ as user_id, c.TIME_ as time,
                               c.FULL_MSG_ as full_message, t.NAME_ as task_name,
                               u.FIRST_ as first_name, u.LAST_ as last_name, pp.position as position
                        from ACT_HI_COMMENT c left join ACT_HI_TASKINST t on t.ID_ = c.TASK_ID_
                        left join ACT_ID_USER u on u.ID_ = c.USER_ID_
                        left join person_position pp on pp.user_id = c.USER_ID_
                        where c.PROC_INST_ID_ in (:ids)
                          and (t.ID_ is null or t.TASK_DEF_KEY_ <> :work or t.END_TIME_ is null)
                        order by c.TIME_, c.ID_""")
                .param("ids", processInstanceIds).param("work", exceptFinishedTaskKey)
                .query(rows);
    }
}
