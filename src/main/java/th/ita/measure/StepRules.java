package th.ita.measure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import th.ita.security.ActingGroups;
import th.ita.security.CurrentUser;
import th.ita.shared.CompletionInput;
import th.ita.shared.ForbiddenStepException;
import th.ita.shared.UserInputException;
import th.ita.workflow.EngineCommands;
import th.ita.workflow.EngineUser;
import th.ita.workflow.Tenants;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The gates of every user task, checked inside the engine when a task is assigned or completed, so that they hold
 * whatever door the call came through (our screens, {@code /engine-rest}, Camunda Tasklist):
 * <ul>
 *   <li>a task is worked by a member of one of its candidate groups (a head-review task by that division's head);</li>
 *   <li>it is completed by its assignee, and nobody completes a task somebody else has claimed;</li>
 *   <li>nobody reviews work they did themselves (separation of duties);</li>
 *   <li>a division's work is completed only with evidence of that task;</li>
 *   <li>the facts of the measure (divisions, each part's division, title, due date, plan link) are still those the
 *       application recorded when it started; a decision names only the measure's divisions and gives a reason
 *       when it sends work back.</li>
 * </ul>
 * Code running inside the application without an engine user (a timer, a test driving the engine's API) is
 * trusted: the role checks need a user, the evidence and facts checks do not.
 */
@Component
class StepRules {

    private final MeasureFacts facts;
    private final ActingGroups acting;

    StepRules(MeasureFacts facts, ActingGroups acting) {
        this.facts = facts;
        this.acting = acting;
    }

    void onAssignment(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null) {
            return;
        }
        requireCandidate(task, assignee);
        requireNotOwnWork(task, assignee);
    }

    void onComplete(DelegateTask task) {
        String actor = actingUser(task);
        String assignee = task.getAssignee();
        if (actor != null) {
            if (assignee == null) {
                throw new ForbiddenStepException("step.refused.claimFirst");
            }
            if (!assignee.equals(actor)) {
                throw new ForbiddenStepException("task.error.claimedByOther", assignee);
            }
        }
        if (assignee != null) {
            requireCandidate(task, assignee);
            requireNotOwnWork(task, assignee);
        }
        if (ImprovementMeasureProcess.KEY.equals(processKey(task))) {
            List<String> recorded = facts.divisions(task.getProcessInstanceId());
            requireFacts(task, recorded);
            requireStepInput(task, recorded);
        }
    }

    private void requireCandidate(DelegateTask task, String userId) {
        Set<String> candidates = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
        if (candidates.isEmpty()) {
            return;
        }
        Set<String> groups = groupsOf(task, userId);
        if (candidates.stream().noneMatch(groups::contains)) {
            throw new ForbiddenStepException("step.refused.role", userId);
        }
    }

    /** Reviewers of a measure (head, coordinator, executive) must not have submitted the work they review. */
    private void requireNotOwnWork(DelegateTask task, String userId) {
        MeasureStep step = MeasureStep.of(task.getTaskDefinitionKey()).filter(MeasureStep::decides).orElse(null);
        if (step == null) {
            return;
        }
        // A head reviews their division's work; the coordinator and the executives review every division's.
        String division = step.candidates().perDivision() ? MeasureVariables.division(task) : null;
        if (facts.submittedWork(task.getProcessInstanceId(), userId, division)) {
            throw new ForbiddenStepException("step.refused.ownWork", userId);
        }
    }

    private void requireFacts(DelegateTask task, List<String> recorded) {
        String pi = task.getProcessInstanceId();
        if (recorded.isEmpty()) {
            return; // not opened yet: nothing recorded to compare with
        }
        Object divisions = task.getVariable(MeasureVariables.DIVISIONS);
        if (!(divisions instanceof Collection<?> list) || !new HashSet<>(recorded).equals(asStrings(list))) {
            throw refusedFacts(MeasureVariables.DIVISIONS);
        }
        MeasureStep.Candidates candidates = MeasureStep.of(task.getTaskDefinitionKey())
                .map(MeasureStep::candidates).orElse(null);
        if (candidates != null && candidates.perDivision()) {
            String division = MeasureVariables.division(task);
            String group = candidates.group(division);
            boolean offeredToIt = task.getCandidates().stream().anyMatch(link -> group.equals(link.getGroupId()));
            if (division == null || !recorded.contains(division) || !offeredToIt) {
                throw refusedFacts(MeasureVariables.DIVISION);
            }
        }
        facts.planLink(pi).ifPresent(link -> {
            if (!Objects.equals(link.planId(), task.getVariable(MeasureVariables.PLAN_ID))
                    || !Objects.equals(link.planMeasureId(), task.getVariable(MeasureVariables.PLAN_MEASURE_ID))) {
                throw refusedFacts(MeasureVariables.PLAN_ID);
            }
            if (link.planMeasureId() != null) {
                facts.plannedMeasure(link.planMeasureId()).ifPresent(planned -> {
                    if (!planned.title().equals(task.getVariable(MeasureVariables.MEASURE_TITLE))) {
                        throw refusedFacts(MeasureVariables.MEASURE_TITLE);
                    }
                    Date due = Date.from(planned.dueDate().atStartOfDay(ZoneId.systemDefault()).toInstant());
                    if (!(task.getVariable(MeasureVariables.DUE_DATE) instanceof Date variable)
                            || variable.getTime() != due.getTime()) {
                        throw refusedFacts(MeasureVariables.DUE_DATE);
                    }
                });
            }
        });
    }

    /**
     * What a decision names must exist, and sending work back needs a reason, whichever client filled the form: read
     * from what this completion submitted, so a reason left by an earlier round does not count for this one.
     */
    private void requireStepInput(DelegateTask task, List<String> divisions) {
        MeasureStep step = MeasureStep.of(task.getTaskDefinitionKey()).orElse(null);
        if (step == null) {
            return;
        }
        if (step.decides()) {
            requireReason(task, step.decisionField(), step.reasonField());
        }
        switch (step) {
            case DIVISION_WORK -> {
                if (!facts.hasEvidenceOfTask(task.getId())) {
                    throw new UserInputException("work.error.noEvidence");
                }
            }
            case COORDINATOR_CHECK -> {
                if (Decision.SEND_BACK.name().equals(CompletionInput.value(task, step.decisionField()))
                        && !divisions.contains(String.valueOf(CompletionInput.value(task, step.divisionField())))) {
                    throw new UserInputException("review.error.division");
                }
            }
            case EXECUTIVE_APPROVAL -> {
                if (Decision.RETURN.name().equals(CompletionInput.value(task, step.decisionField()))) {
                    Object named = CompletionInput.value(task, step.divisionField());
                    Set<String> returned = named instanceof Collection<?> list ? asStrings(list)
                            : named == null || named.toString().isBlank() ? Set.of() : Set.of(named.toString());
                    if (!divisions.containsAll(returned)) {
                        throw new UserInputException("review.error.division");
                    }
                }
            }
            case HEAD_REVIEW -> {
            }
        }
    }

    private static void requireReason(DelegateTask task, String decisionVariable, String reasonVariable) {
        Object value = CompletionInput.value(task, decisionVariable);
        Decision decision = value == null ? null : Decision.valueOfOrNull(value.toString());
        boolean sendsBack = decision != null && decision.isReturn();
        Object reason = CompletionInput.value(task, reasonVariable);
        if (sendsBack && (reason == null || reason.toString().isBlank())) {
            throw new UserInputException("review.error.reasonRequired");
        }
    }

    private static UserInputException refusedFacts(String variable) {
        return new ForbiddenStepException("step.refused.facts", variable);
    }

    private static Set<String> asStrings(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.toSet());
    }

    /** The user the engine acts for in this command, or null for the application's own code (timers, jobs). */
    private static String actingUser(DelegateTask task) {
        String user = EngineUser.actingUserId(task.getProcessEngineServices());
        return CurrentUser.SYSTEM_ID.equals(user) ? null : user;
    }

    /** The user's groups as everywhere else: the engine's memberships plus those held today by acting for someone. */
    private Set<String> groupsOf(DelegateTask task, String userId) {
        // The caller may not be allowed to read another user's groups; the rule needs them whoever asks.
        Set<String> groups = new HashSet<>(EngineCommands.withoutAuthorization(() ->
                task.getProcessEngineServices().getIdentityService().createGroupQuery().groupMember(userId).list()
                        .stream().map(Group::getId).collect(Collectors.toSet())));
        Tenants.organisationOf(task.getTenantId()).ifPresent(organisation ->
                groups.addAll(acting.groups(userId, organisation)));
        return groups;
    }

    private static String processKey(DelegateTask task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
