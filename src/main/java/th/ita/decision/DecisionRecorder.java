package th.ita.decision;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import th.ita.workflow.EngineCommands;
import th.ita.security.ActingGroups;
import th.ita.workflow.EngineUser;
import th.ita.workflow.Tenants;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes the decision record of an approval step as its task completes, in the same transaction: if the record
 * cannot be written, the completion does not happen. The decider is the task's assignee (our screens claim before
 * completing), else whoever the engine is acting for; the role is the candidate group of the task they belong to.
 */
@Component
class DecisionRecorder {

    private final List<DecidingSteps> steps;
    private final DecisionRepository repository;
    private final ActingGroups acting;

    DecisionRecorder(List<DecidingSteps> steps, DecisionRepository repository, ActingGroups acting) {
        this.steps = steps;
        this.repository = repository;
        this.acting = acting;
    }

    void onComplete(DelegateTask task) {
        steps.stream().map(s -> s.decisionAt(task)).flatMap(Optional::stream).findFirst()
                .ifPresent(decision -> record(task, decision));
    }

    private void record(DelegateTask task, StepDecision decision) {
        String decidedBy = task.getAssignee() != null ? task.getAssignee()
                : EngineUser.actingUserId(task.getProcessEngineServices());
        String processInstanceId = task.getProcessInstanceId();
        Optional<DecisionRecord> last = repository.latest(processInstanceId);
        Optional<ActingGroups.ActingFor> actingFor = actingFor(task, decidedBy);
        String role = actingFor.map(ActingGroups.ActingFor::group).orElseGet(() -> role(task, decidedBy));
        DecisionRecord unhashed = new DecisionRecord(UUID.randomUUID(), processInstanceId, task.getId(),
                task.getTaskDefinitionKey(), last.map(r -> r.seq() + 1).orElse(1), decidedBy, role,
                decision.division(), EngineCommands.now().truncatedTo(ChronoUnit.MILLIS),
                decision.decision(), decision.reason(), EvidenceJson.write(decision.evidence()),
                last.map(DecisionRecord::rowHash).orElse(DecisionHash.GENESIS), null,
                actingFor.map(ActingGroups.ActingFor::actedForUserId).orElse(null));
        DecisionRecord record = withHash(unhashed, DecisionHash.of(unhashed));
        try {
            repository.insert(record);
        } catch (DuplicateKeyException e) {
            // Another decision of the same process instance took this seq first: retry like any engine conflict.
            throw new OptimisticLockingException("decision record " + record.seq() + " of " + processInstanceId
                    + " was written concurrently");
        }
    }

    /**
     * The appointment the decider works this task by: they are not a member of any of its candidate groups
     * themselves, but act today for someone who is (the step guards have let them through on that ground).
     */
    private Optional<ActingGroups.ActingFor> actingFor(DelegateTask task, String decidedBy) {
        Optional<Long> organisation = Tenants.organisationOf(task.getTenantId());
        if (organisation.isEmpty() || decidedBy == null) {
            return Optional.empty();
        }
        Set<String> candidates = task.getCandidates().stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        List<ActingGroups.ActingFor> inForce = acting.inForce(decidedBy, organisation.get()).stream()
                .filter(a -> candidates.contains(a.group())).toList();
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        long ownMemberships = EngineCommands.withoutAuthorization(() -> task.getProcessEngineServices()
                .getIdentityService().createGroupQuery().groupMember(decidedBy)
                .groupIdIn(candidates.toArray(String[]::new)).count());
        return ownMemberships > 0 ? Optional.empty() : Optional.of(inForce.get(0));
    }

    /** The task's candidate group the decider is a member of; the candidate groups if none (or several) match. */
    private static String role(DelegateTask task, String decidedBy) {
        Set<String> candidates = task.getCandidates().stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).collect(Collectors.toCollection(java.util.TreeSet::new));
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? "-" : candidates.iterator().next();
        }
        List<String> member = task.getProcessEngineServices().getIdentityService().createGroupQuery()
                .groupMember(decidedBy).groupIdIn(candidates.toArray(String[]::new)).list().stream()
                .map(Group::getId).sorted().toList();
        return member.size() == 1 ? member.get(0) : String.join(",", candidates);
    }

    private static DecisionRecord withHash(DecisionRecord r, String hash) {
        return new DecisionRecord(r.id(), r.processInstanceId(), r.taskId(), r.step(), r.seq(), r.decidedBy(), r.role(),
                r.division(), r.decidedAt(), r.decision(), r.reason(), r.evidence(), r.prevHash(), hash, r.actingFor());
    }
}
