package th.ita.workflow;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * What the engine's identity tables say about people, in plain SQL: one statement for a whole grid or report (the
 * identity API needs a query per person for groups), and outside the acting user's permissions (an officer may not
 * read the head's account, yet the head must be told).
 */
@Component
public class EngineIdentityQueries {

    /** Whether the user works for the tenant: a member of it, or of a group that is. */
    private static final String IN_TENANT = "exists (select 1 from ACT_ID_TENANT_MEMBER t where t.TENANT_ID_ = :tenant "
            + "and (t.USER_ID_ = u.ID_ or t.GROUP_ID_ in (select m2.GROUP_ID_ from ACT_ID_MEMBERSHIP m2 where m2.USER_ID_ = u.ID_)))";

    private final JdbcClient jdbc;

    EngineIdentityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user's first and last name from the engine, with their position from {@code person_position}. */
    public record NamedUser(String id, String firstName, String lastName, String position) {
    }

    /** The users of these ids that exist, with names and positions, in one statement (at most a few hundred ids). */
    public List<NamedUser> namesWithPositions(Collection<String> userIds) {
        return jdbc.sql("""
                        select u.ID_, u.FIRST_, u.LAST_, p.position
                        from ACT_ID_USER u left join person_position p on p.user_id = u.ID_
                        where u.ID_ in (:ids)""")
                .param("ids", userIds)
                .query((rs, n) -> new NamedUser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /**
     * The members of a tenant with each of their groups (a row per membership, or one with no group), ordered by user
     * and group, in one statement. Columns: {@code id}, {@code first}, {@code last}, {@code email}, {@code group_id},
     * {@code position} (from {@code person_position}).
     */
    public <T> List<T> tenantMembersWithGroups(String tenantId, RowMapper<T> rows) {
        return jdbc.sql("""
                        select u.ID_ as id, u.FIRST_ as first, u.LAST_ as last, u.EMAIL_ as email, m.GROUP_ID_ as group_id,
                               p.position as position
                        from ACT_ID_TENANT_MEMBER t join ACT_ID_USER u on u.ID_ = t.USER_ID_
                        left join ACT_ID_MEMBERSHIP m on m.USER_ID_ = u.ID_
                        left join person_position p on p.user_id = u.ID_
                        where t.TENANT_ID_ = ? order by u.ID_, m.GROUP_ID_""")
                .param(tenantId)
                .query(rows)
                .list();
    }

    /** The members of any of the groups who work for the tenant, each once, by id. */
    public List<String> groupMembersInTenant(String tenantId, Collection<String> groups) {
        return jdbc.sql("select distinct u.ID_ from ACT_ID_USER u join ACT_ID_MEMBERSHIP m on m.USER_ID_ = u.ID_ "
                        + "where m.GROUP_ID_ in (:groups) and " + IN_TENANT + " order by u.ID_")
                .param("groups", groups).param("tenant", tenantId).query(String.class).list();
    }

    /** Those of the users who exist and work for the tenant, by id. */
    public List<String> usersInTenant(String tenantId, Collection<String> users) {
        return jdbc.sql("select u.ID_ from ACT_ID_USER u where u.ID_ in (:users) and " + IN_TENANT + " order by u.ID_")
                .param("users", users).param("tenant", tenantId).query(String.class).list();
    }
}
