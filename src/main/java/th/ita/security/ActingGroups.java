package th.ita.security;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The groups a person holds today because they act for someone (ผู้รักษาราชการแทน, {@code acting_appointment}):
 * the one place where an appointment turns into group membership. Everything that resolves a user's groups asks
 * here as well as the engine's identity: the sign-in and every HTTP Basic request ({@link UserProfiles}), each
 * service call of a signed-in session ({@link CurrentUserProvider}, so a period that ends during a session ends
 * there too), {@code /engine-rest} ({@link EffectiveGroupsRestAuthentication}), the step guards and the decision
 * record (inside the engine). Nothing is written into the engine's memberships, so nothing has to be removed later.
 * An appointment counts from its first day to its last, both included, unless it was ended early.
 */
@Repository
public class ActingGroups {

    /** One appointment in force: the group acted in, and whom for. */
    public record ActingFor(long appointmentId, String group, String actedForUserId) {
    }

    private static final RowMapper<ActingFor> ACTING_FOR = (rs, n) -> new ActingFor(rs.getLong(1), rs.getString(2),
            rs.getString(3));

    private final JdbcClient jdbc;
    private final Clock clock;

    public ActingGroups(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The appointments of this person in their organisation in force today. */
    public List<ActingFor> inForce(String userId, long organisationId) {
        LocalDate today = today();
        return jdbc.sql("select id, acted_for_group, acted_for_user_id from acting_appointment "
                        + "where acting_user_id = ? and organisation_id = ? and starts_on <= ? and ends_on >= ? "
                        + "and ended_at is null order by id")
                .params(userId, organisationId, today, today)
                .query(ACTING_FOR).list();
    }

    public Set<String> groups(String userId, long organisationId) {
        return inForce(userId, organisationId).stream().map(ActingFor::group).collect(Collectors.toSet());
    }

    /**
     * Who acts today in any of these groups of the organisation (each once): a step offered to a group reaches its
     * acting members as it reaches its own.
     */
    public List<String> actingMembers(java.util.Collection<String> groups, long organisationId) {
        if (groups.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return jdbc.sql("select distinct acting_user_id from acting_appointment where organisation_id = :organisation "
                        + "and acted_for_group in (:groups) and starts_on <= :today and ends_on >= :today "
                        + "and ended_at is null order by acting_user_id")
                .param("organisation", organisationId).param("groups", groups).param("today", today)
                .query(String.class).list();
    }

    /**
     * The appointment under which this person acted in that group at that moment, if any: in its period on that day
     * and not yet ended early then. The signature of a document signed by a deputy is read from it afterwards, when
     * the appointment may long be over.
     */
    public Optional<ActingFor> actingInAt(String group, String userId, long organisationId, java.time.OffsetDateTime at) {
        LocalDate day = at.atZoneSameInstant(clock.getZone()).toLocalDate();
        return jdbc.sql("select id, acted_for_group, acted_for_user_id from acting_appointment "
                        + "where acting_user_id = ? and organisation_id = ? and acted_for_group = ? and starts_on <= ? "
                        + "and ends_on >= ? and (ended_at is null or ended_at > ?) order by id")
                .params(userId, organisationId, group, day, day, at)
                .query(ACTING_FOR).optional();
    }

    /** The appointment that lets this person act in that group today, if any. */
    public Optional<ActingFor> actingIn(String group, String userId, long organisationId) {
        return inForce(userId, organisationId).stream().filter(a -> a.group().equals(group)).findFirst();
    }
}
