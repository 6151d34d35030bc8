package th.ita.inbox;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import th.ita.measure.MeasureVariables;
import th.ita.security.CurrentUser;
import th.ita.workflow.Tenants;
import th.ita.shared.ExpiringCache;
import th.ita.workflow.OpenTaskQueries;
import th.ita.workflow.UserTaskDefinition;
import th.ita.workflow.UserTaskListeners;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The badge counts of a user's inbox in one grouped query, kept for a short time per user: the side navigation is
 * drawn on every page, and twelve count queries per page were most of an inbox navigation's statements.
 * <p>
 * The query applies in SQL the rules {@link InboxService}'s task query applies through the engine: a task of the
 * user's organisation (its tenant), assigned to the user or offered to one of the user's groups (candidate, whether
 * or not someone has claimed it); overdue when the measure's {@code dueDate} is before today. A test holds the two
 * to the same numbers.
 * <p>
 * Any task created, assigned, changed, completed or deleted in an organisation forgets that organisation's counts (a listener
 * on every user task), so a user sees their own claim or completion on the next page; on a cluster, another node's
 * change shows after {@link #KEPT} at the latest. Counts are also kept per day, since "overdue" changes at midnight.
 */
@Component
public class InboxCounts implements UserTaskListeners {

    static final Duration KEPT = Duration.ofSeconds(20);

    private record Key(CurrentUser user, LocalDate today) {
    }

    private final OpenTaskQueries openTasks;
    private final Clock clock;
    private final ExpiringCache<Key, TaskCounts> cache = new ExpiringCache<>(KEPT, 50_000);
    private final TaskListener forgetOrganisation = task -> forget(task.getTenantId());

    InboxCounts(OpenTaskQueries openTasks, Clock clock) {
        this.openTasks = openTasks;
        this.clock = clock;
    }

    /** The user's counts, read at most every {@link #KEPT} unless their organisation's tasks change. */
    public TaskCounts of(CurrentUser user) {
        if (user.organisationId() == null) {
            return TaskCounts.NONE;
        }
        return cache.get(new Key(user, LocalDate.now(clock)), this::read);
    }

    /** Forgets the counts of everyone in the organisation of this engine tenant. */
    void forget(String tenantId) {
        Long organisation = tenantId == null ? null : Tenants.organisationOf(tenantId).orElse(null);
        cache.evict(key -> organisation == null || organisation.equals(key.user().organisationId()));
    }

    @Override
    public Map<String, TaskListener> listenersFor(UserTaskDefinition userTask) {
        return Map.of(TaskListener.EVENTNAME_CREATE, forgetOrganisation,
                TaskListener.EVENTNAME_ASSIGNMENT, forgetOrganisation,
                TaskListener.EVENTNAME_UPDATE, forgetOrganisation,
                TaskListener.EVENTNAME_COMPLETE, forgetOrganisation,
                TaskListener.EVENTNAME_DELETE, forgetOrganisation);
    }

    private TaskCounts read(Key key) {
        CurrentUser user = key.user();
        long startOfToday = key.today().atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
        Map<String, Long> byStep = new HashMap<>();
        long[] overdue = {0};
        openTasks.countsByStep(Tenants.of(user.organisationId()), user.userId(), user.groupList(),
                MeasureVariables.dueDateName(), startOfToday).forEach(step -> {
            // A task made through /engine-rest outside any process has no step; it still counts in the total.
            byStep.merge(Objects.requireNonNullElse(step.taskKey(), ""), step.open(), Long::sum);
            overdue[0] += step.overdue();
        });
        return new TaskCounts(byStep.values().stream().mapToLong(Long::longValue).sum(), byStep, overdue[0]);
    }
}
