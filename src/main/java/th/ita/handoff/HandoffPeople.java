package th.ita.handoff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import th.ita.security.Tenants;
import th.ita.shared.FiscalYear;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is told, read from the engine's identity and history tables with plain SQL: inside a user's command the
 * engine's own queries would filter by that user's permissions (an officer may not read the head's account), and a
 * hand-off must reach its people whoever caused it. Only people of the task's organisation (tenant) are returned.
 */
@Component
class HandoffPeople {

    private static final String IN_TENANT = "exists (select 1 from ACT_ID_TENANT_MEMBER t where t.TENANT_ID_ = :tenant "
            + "and (t.USER_ID_ = u.ID_ or t.GROUP_ID_ in (select m2.GROUP_ID_ from ACT_ID_MEMBERSHIP m2 where m2.USER_ID_ = u.ID_)))";

    private final JdbcClient jdbc;

    HandoffPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The members of the groups and the users named, who work for the organisation, each once, by id. */
    List<String> members(long organisationId, Collection<String> groups, Collection<String> users) {
        Set<String> found = new LinkedHashSet<>();
        if (!groups.isEmpty()) {
            found.addAll(jdbc.sql("select distinct u.ID_ from ACT_ID_USER u join ACT_ID_MEMBERSHIP m on m.USER_ID_ = u.ID_ "
                            + "where m.GROUP_ID_ in (:groups) and " + IN_TENANT + " order by u.ID_")
                    .param("groups", groups).param("tenant", Tenants.of(organisationId)).query(String.class).list());
        }
        if (!users.isEmpty()) {
            found.addAll(jdbc.sql("select u.ID_ from ACT_ID_USER u where u.ID_ in (:users) and " + IN_TENANT + " order by u.ID_")
                    .param("users", users).param("tenant", Tenants.of(organisationId)).query(String.class).list());
        }
        return new ArrayList<>(found);
    }

    /** Whoever completed the latest {@code taskKey} of the process (in that execution, when given). */
    Optional<String> lastWorker(String processInstanceId, String taskKey, String executionId) {
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

    /** Whoever completed the latest work of that division in the process (its task offered to {@code div-<code>}). */
    Optional<String> lastDivisionWorker(String processInstanceId, String divisionWorkKey, String divisionGroup) {
        return jdbc.sql("select t.ASSIGNEE_ from ACT_HI_TASKINST t where t.PROC_INST_ID_ = ? and t.TASK_DEF_KEY_ = ? "
                        + "and t.END_TIME_ is not null and t.ASSIGNEE_ is not null and exists (select 1 from ACT_HI_IDENTITYLINK l "
                        + "where l.TASK_ID_ = t.ID_ and l.GROUP_ID_ = ? and l.TYPE_ = 'candidate') order by t.END_TIME_ desc")
                .params(processInstanceId, divisionWorkKey, divisionGroup)
                .query(String.class).list().stream().findFirst();
    }

    /** "organisation · year" of a plan, the subject of its own process's steps (as the inbox shows it). */
    Optional<String> planTitle(long planId) {
        return jdbc.sql("select o.name_th, p.fiscal_year from improvement_plan p join organisation o on o.id = p.organisation_id "
                        + "where p.id = ?").param(planId)
                .query((rs, n) -> rs.getString(1) + " · " + FiscalYear.of(rs.getInt(2)).buddhistYear())
                .optional();
    }
}
