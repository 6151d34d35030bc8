package th.ita.decision;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.organisation.OrganisationAccess;
import th.ita.security.CurrentUser;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the decision records: a process instance's chain for the history page, the auditors' API and the
 * report; its latest decisions for the delegates that act on them. Read-only: records are written only by
 * {@link DecisionRecorder}, inside the engine's transaction.
 */
@Service
@Transactional(readOnly = true)
public class Decisions {

    private final DecisionRepository repository;
    private final OrganisationAccess access;

    Decisions(DecisionRepository repository, OrganisationAccess access) {
        this.repository = repository;
        this.access = access;
    }

    /**
     * The process instance's decisions, oldest first. Not scoped: for the processes' own delegates and for callers
     * that checked the user first; a screen with a user calls {@link #of(String, CurrentUser)}.
     */
    public List<DecisionRecord> of(String processInstanceId) {
        return repository.chain(processInstanceId);
    }

    /**
     * The decisions if the process is of an organisation the user may read; none otherwise, as for a process that
     * does not exist, so that the caller cannot forget the check.
     */
    public List<DecisionRecord> of(String processInstanceId, CurrentUser user) {
        Long organisation = access.organisationOfProcess(processInstanceId);
        if (organisation == null || !access.mayRead(user, organisation, "decisions " + processInstanceId)) {
            return List.of();
        }
        return repository.chain(processInstanceId);
    }

    /** The decisions of several process instances in one query, each list oldest first. */
    public Map<String, List<DecisionRecord>> of(Collection<String> processInstanceIds) {
        Map<String, List<DecisionRecord>> byInstance = new LinkedHashMap<>();
        repository.chains(processInstanceIds).forEach(r ->
                byInstance.computeIfAbsent(r.processInstanceId(), id -> new java.util.ArrayList<>()).add(r));
        return byInstance;
    }

    public Optional<DecisionRecord> latest(String processInstanceId) {
        return repository.latest(processInstanceId);
    }

    public Optional<DecisionRecord> latestOf(String processInstanceId, String step) {
        return repository.latestOfStep(processInstanceId, step);
    }

    /** Checks a chain already read (so a page shows the rows and their status from one read). */
    public ChainStatus verify(List<DecisionRecord> chain) {
        return DecisionChain.check(chain);
    }
}
