package th.ita.handoff;

import org.springframework.stereotype.Component;
import th.ita.workflow.Tenants;
import th.ita.workflow.EngineIdentityQueries;
import th.ita.workflow.ProcessHistoryQueries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is told, read from the engine's identity and history tables with plain SQL (workflow's queries): inside a user's command the
 * engine's own queries would filter by that user's permissions (an officer may not read the head's account), and a
 * hand-off must reach its people whoever caused it. Only people of the task's organisation (tenant) are returned.
 */
@Component
class HandoffPeople {

    private final HandoffSubjectReadModel subjects;
    private final EngineIdentityQueries identities;
    private final ProcessHistoryQueries history;

    HandoffPeople(HandoffSubjectReadModel subjects, EngineIdentityQueries identities, ProcessHistoryQueries history) {
        this.subjects = subjects;
        this.identities = identities;
        this.history = history;
    }

    /** The members of the groups and the users named, who work for the organisation, each once, by id. */
    List<String> members(long organisationId, Collection<String> groups, Collection<String> users) {
        Set<String> found = new LinkedHashSet<>();
        if (!groups.isEmpty()) {
            found.addAll(identities.groupMembersInTenant(Tenants.of(organisationId), groups));
        }
        if (!users.isEmpty()) {
            found.addAll(identities.usersInTenant(Tenants.of(organisationId), users));
        }
        return new ArrayList<>(found);
    }

    /** Whoever completed the latest {@code taskKey} of the process (in that execution, when given). */
    Optional<String> lastWorker(String processInstanceId, String taskKey, String executionId) {
        return history.lastWorker(processInstanceId, taskKey, executionId);
    }

    /** Whoever completed the latest work of that division in the process (its task offered to {@code div-<code>}). */
    Optional<String> lastDivisionWorker(String processInstanceId, String divisionWorkKey, String divisionGroup) {
        return history.lastWorkerOfGroup(processInstanceId, divisionWorkKey, divisionGroup);
    }

    /** "organisation · year" of a plan, the subject of its own process's steps (as the inbox shows it). */
    Optional<String> planTitle(long planId) {
        return subjects.planTitle(planId);
    }
}
