package th.ita.audit;

import org.springframework.stereotype.Component;
import th.ita.shared.I18n;
import th.ita.workflow.ProcessTimelineQueries;

import th.ita.people.People;
import th.ita.people.PersonName;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The audit timeline in SQL: the measures' start and end, completed tasks, claims and assignments, comments and
 * evidence, as one {@code union all} over the engine's history tables and our evidence, filtered, sorted and
 * paged by the database. One statement for a count, one for a page, one for the whole CSV, whatever the number
 * of measures or entries (it was five engine queries per measure, then filters in Java).
 * <p>
 * The statements are {@link ProcessTimelineQueries}' (the workflow door to the engine's tables); reading those
 * tables directly is deliberate: the scope (a plan or a measure) was checked against {@code OrganisationAccess}
 * before a scope exists ({@link AuditScope}), and every row belongs to the scope's process instances. The division of a task is its candidate group, as in {@link TaskDivisions}. Order: by time,
 * and for equal times in the order a person tells a step ({@link TimelineEntry.Kind}), then by row id, so pages
 * never overlap.
 */
@Component
class AuditTrail {

    private final ProcessTimelineQueries timeline;
    private final Clock clock;
    private final I18n i18n;

    private final People people;

    AuditTrail(ProcessTimelineQueries timeline, Clock clock, I18n i18n, People people) {
        this.timeline = timeline;
        this.i18n = i18n;
        this.people = people;
        this.clock = clock;
    }

    long count(AuditScope scope, AuditFilter filter) {
        return timeline.count(scope(scope), filter(filter));
    }

    List<TimelineEntry> page(AuditScope scope, AuditFilter filter, int offset, int limit) {
        return timeline.page(scope(scope), filter(filter), offset, limit, (rs, n) -> entry(rs, scope));
    }

    /** Every entry in order, handed over one by one as the database returns them (for the CSV). */
    void forEach(AuditScope scope, AuditFilter filter, Consumer<TimelineEntry> each) {
        timeline.forEach(scope(scope), filter(filter), rs -> {
            each.accept(entry(rs, scope));
        });
    }

    private static ProcessTimelineQueries.Scope scope(AuditScope scope) {
        return scope instanceof AuditScope.OfPlan plan ? ProcessTimelineQueries.Scope.ofPlan(plan.planId())
                : ProcessTimelineQueries.Scope.ofProcessInstance(((AuditScope.OfMeasure) scope).processInstanceId());
    }

    /** The kinds are {@link TimelineEntry.Kind}'s ordinals, as the timeline's statement numbers them. */
    private ProcessTimelineQueries.Filter filter(AuditFilter filter) {
        return new ProcessTimelineQueries.Filter(filter.userId(), filter.kind() == null ? null : filter.kind().ordinal(),
                filter.division(), filter.from() == null ? null : startOf(filter.from()),
                filter.to() == null ? null : startOf(filter.to().plusDays(1)));
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
