package th.ita.handoff;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import th.ita.decision.DecidingSteps;
import th.ita.decision.StepDecision;
import th.ita.division.DivisionService;
import th.ita.people.People;
import th.ita.division.RoleNames;
import th.ita.line.LineNotices;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureVariables;
import th.ita.notification.NotificationService;
import th.ita.plan.PlanProcess;
import th.ita.security.ActingGroups;
import th.ita.workflow.EngineUser;
import th.ita.workflow.Groups;
import th.ita.workflow.Tenants;
import th.ita.shared.I18n;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A step that reaches someone tells them: the in-app notice at once, the e-mail and LINE message through the
 * hand-off outbox (grouped per recipient and sent after commit by {@link HandoffSender}). Runs in the engine's
 * transaction from {@link HandoffListeners}. Only people of the task's organisation are told.
 */
@Component
public class Handoffs {

    static final String ARRIVED = "handoff.arrived";
    static final String ACCEPTED = "handoff.accepted";
    static final String ACCEPTED_WITH_REASON = "handoff.accepted.reason";
    static final String RETURNED = "handoff.returned";

    /** Whose work an approval step decides on: the step that came before it (the head's: in the same division). */
    private static final Map<String, String> WORK_DECIDED_AT = Map.of(
            ImprovementMeasureProcess.TASK_HEAD_REVIEW, ImprovementMeasureProcess.TASK_DIVISION_WORK,
            ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK,
            PlanProcess.TASK_APPROVE_PLAN, PlanProcess.TASK_DRAFT_PLAN,
            PlanProcess.TASK_SIGN_OFF_REPORT, PlanProcess.TASK_REVIEW_REPORT);

    /** The steps that can send work back to named divisions, whose officers then hear why. */
    private static final Set<String> SENDS_BACK_TO_DIVISIONS = Set.of(
            ImprovementMeasureProcess.TASK_COORDINATOR_CHECK, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL);

    /** The tasks created while a screen's action runs, so that it can say where the work went. */
    private static final ThreadLocal<List<HandoffTarget>> RECORDING = new ThreadLocal<>();

    private final HandoffPeople people;
    private final HandoffOutbox outbox;
    private final NotificationService notifications;
    private final List<DecidingSteps> decidingSteps;
    private final DivisionService divisions;
    private final LineNotices line;
    private final I18n i18n;
    private final Clock clock;
    private final People personNames;
    private final ActingGroups acting;

    Handoffs(HandoffPeople people, HandoffOutbox outbox, NotificationService notifications,
             List<DecidingSteps> decidingSteps, DivisionService divisions, LineNotices line, I18n i18n, Clock clock,
             People personNames, ActingGroups acting) {
        this.personNames = personNames;
        this.acting = acting;
        this.people = people;
        this.outbox = outbox;
        this.notifications = notifications;
        this.decidingSteps = decidingSteps;
        this.divisions = divisions;
        this.line = line;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * Runs a screen's action and returns who the tasks it created went to (empty when the work went nowhere new:
     * the measure ended, or other divisions are still working). Nothing is returned when the action fails.
     */
    public List<HandoffTarget> recordedDuring(Runnable action) {
        List<HandoffTarget> outer = RECORDING.get();
        List<HandoffTarget> recorded = new ArrayList<>();
        RECORDING.set(recorded);
        try {
            action.run();
            return List.copyOf(recorded);
        } finally {
            if (outer == null) {
                RECORDING.remove();
            } else {
                RECORDING.set(outer);
            }
        }
    }

    /** The people and groups of the targets in the reader's language: "หัวหน้ากองคลัง", "ผู้บริหาร", a person's name. */
    public List<String> names(List<HandoffTarget> targets, Locale locale) {
        // Every person of every target named in one statement.
        Map<String, String> persons = personNames.labels(targets.stream().flatMap(target -> target.assignee() != null
                ? java.util.stream.Stream.of(target.assignee()) : target.users().stream()).toList());
        List<String> names = new ArrayList<>();
        for (HandoffTarget target : targets) {
            if (target.assignee() != null) {
                names.add(persons.get(target.assignee()));
                continue;
            }
            target.groups().forEach(group -> names.add(groupName(target.organisationId(), group, locale)));
            target.users().forEach(user -> names.add(persons.get(user)));
        }
        return names.stream().distinct().toList();
    }

    /** Task created: its assignee, or every member of its candidate groups and its candidate users, is told. */
    void arrived(DelegateTask task) {
        Optional<Long> organisation = Tenants.organisationOf(task.getTenantId());
        if (organisation.isEmpty()) {
            return;
        }
        List<String> groups = task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).distinct().toList();
        List<String> users = task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLink::getUserId).filter(Objects::nonNull).distinct().toList();
        HandoffTarget target = new HandoffTarget(organisation.get(), task.getAssignee(), groups, users);
        List<String> recipients = task.getAssignee() != null
                ? people.members(organisation.get(), List.of(), List.of(task.getAssignee()))
                : withActingMembers(people.members(organisation.get(), groups, users), groups, organisation.get());
        tell(task, organisation.get(), recipients);
        List<HandoffTarget> recording = RECORDING.get();
        if (recording != null) {
            recording.add(target);
        }
    }

    /** Whoever acts today for a member of the groups (ผู้รักษาราชการแทน) holds the step too, so is told as well. */
    private List<String> withActingMembers(List<String> members, List<String> groups, long organisationId) {
        List<String> all = new ArrayList<>(members);
        acting.actingMembers(groups, organisationId).stream().filter(user -> !all.contains(user)).forEach(all::add);
        return all;
    }

    /**
     * Task given to someone by another person (a head assigning the work): the assignee is told. Claiming a task for
     * oneself tells nobody. (No step of ours is born assigned; one that were would be told here and at creation.)
     */
    void assigned(DelegateTask task) {
        String assignee = task.getAssignee();
        Optional<Long> organisation = Tenants.organisationOf(task.getTenantId());
        if (assignee == null || organisation.isEmpty()
                || assignee.equals(EngineUser.actingUserId(task.getProcessEngineServices()))) {
            return;
        }
        tell(task, organisation.get(), people.members(organisation.get(), List.of(), List.of(assignee)));
    }

    /**
     * Approval step completed: whoever did the work it decided on hears the outcome and the reason — the step before
     * it, and when the coordinator or the executive sends work back to divisions, the officers who did it there.
     */
    void decided(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        Optional<Long> organisation = Tenants.organisationOf(task.getTenantId());
        if (organisation.isEmpty() || !WORK_DECIDED_AT.containsKey(key) && !SENDS_BACK_TO_DIVISIONS.contains(key)) {
            return;
        }
        Optional<StepDecision> decision = decidingSteps.stream().map(s -> s.decisionAt(task))
                .flatMap(Optional::stream).findFirst();
        if (decision.isEmpty() || decision.get().decision() == null) {
            return;
        }
        Decision value = Decision.valueOfOrNull(decision.get().decision());
        boolean returned = value != null && value.isReturn();
        Set<String> workers = new LinkedHashSet<>();
        if (WORK_DECIDED_AT.containsKey(key)) {
            String execution = ImprovementMeasureProcess.TASK_HEAD_REVIEW.equals(key) ? task.getExecutionId() : null;
            people.lastWorker(task.getProcessInstanceId(), WORK_DECIDED_AT.get(key), execution).ifPresent(workers::add);
        }
        if (returned && value != Decision.RETURN_TO_COORDINATOR && SENDS_BACK_TO_DIVISIONS.contains(key)) {
            boolean byExecutive = ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL.equals(key);
            for (String division : MeasureVariables.divisionsSentBack(task, byExecutive)) {
                people.lastDivisionWorker(task.getProcessInstanceId(), ImprovementMeasureProcess.TASK_DIVISION_WORK,
                        Groups.divisionGroup(division)).ifPresent(workers::add);
            }
        }
        List<String> told = people.members(organisation.get(), List.of(), List.copyOf(workers));
        if (told.isEmpty()) {
            return;
        }
        String given = decision.get().reason() == null || decision.get().reason().isBlank() ? null : decision.get().reason().strip();
        // A return always carries a reason (the forms require one); "-" keeps the message whole if one never came.
        String reason = returned && given == null ? "-" : given;
        String messageKey = returned ? RETURNED : reason == null ? ACCEPTED : ACCEPTED_WITH_REASON;
        List<String> args = reason == null ? List.of(task.getName(), subject(task)) : List.of(task.getName(), subject(task), reason);
        String text = i18n.getTranslation(messageKey, I18n.THAI, args.toArray());
        String link = line.appBaseUrl() + "/measures/" + task.getProcessInstanceId() + "/history";
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String worker : told) {
            notifications.inApp(organisation.get(), worker, messageKey, args, task.getProcessInstanceId(), null);
            outbox.add(organisation.get(), worker, returned ? HandoffOutbox.Kind.RETURNED : HandoffOutbox.Kind.ACCEPTED,
                    text, link, task.getProcessInstanceId(), task.getId(), now);
        }
    }

    private void tell(DelegateTask task, long organisation, List<String> recipients) {
        if (recipients.isEmpty()) {
            return;
        }
        List<String> args = List.of(task.getName(), subject(task));
        String text = i18n.getTranslation(ARRIVED, I18n.THAI, args.toArray());
        String link = line.appBaseUrl() + "/task/" + task.getId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String recipient : recipients) {
            notifications.inApp(organisation, recipient, ARRIVED, args, task.getProcessInstanceId(), task.getId());
            outbox.add(organisation, recipient, HandoffOutbox.Kind.ARRIVED, text, link, task.getProcessInstanceId(),
                    task.getId(), now);
        }
    }

    /** The measure's title, or for a plan's own steps "organisation · year". */
    private String subject(DelegateTask task) {
        Map<String, Object> variables = MeasureVariables.subjectInput(task);
        String title = MeasureVariables.measureTitle(variables);
        if (title != null) {
            return title;
        }
        Long planId = MeasureVariables.planId(variables);
        return Optional.ofNullable(planId).flatMap(people::planTitle).orElse("");
    }

    private String groupName(long organisation, String group, Locale locale) {
        return RoleNames.of(group, code -> divisionName(organisation, code, locale),
                (key, args) -> i18n.getTranslation(key, locale, args));
    }

    private String divisionName(long organisation, String code, Locale locale) {
        return divisions.find(organisation, code).map(d -> d.name(locale)).orElse(code);
    }
}
