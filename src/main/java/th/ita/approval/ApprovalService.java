package th.ita.approval;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.approval.ApprovalSummary.DivisionDone;
import th.ita.approval.ApprovalSummary.ReviewComment;
import th.ita.audit.MeasureHistoryService;
import th.ita.audit.TaskDivisions;
import th.ita.audit.TimelineEntry;
import th.ita.evidence.EvidenceService;
import th.ita.inbox.InboxService;
import th.ita.inbox.TaskRow;
import th.ita.measure.Decision;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.measure.MeasureTaskService;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The executive's queue with a summary per measure, and approval of several measures at once. Paged like
 * the inbox (it is the inbox, restricted to the executive's step), so the summary work is one page at a time.
 */
@Service
public class ApprovalService {

    public static final InboxService.Filter WAITING_FOR_EXECUTIVE =
            new InboxService.Filter(ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL);

    private final InboxService inboxService;
    private final MeasureTaskService measureTaskService;
    private final MeasureHistoryService historyOfMeasures;
    private final EvidenceService evidenceService;
    private final HistoryService historyService;
    private final Clock clock;

    public ApprovalService(InboxService inboxService, MeasureTaskService measureTaskService,
                           MeasureHistoryService historyOfMeasures, EvidenceService evidenceService,
                           HistoryService historyService, Clock clock) {
        this.inboxService = inboxService;
        this.measureTaskService = measureTaskService;
        this.historyOfMeasures = historyOfMeasures;
        this.evidenceService = evidenceService;
        this.historyService = historyService;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long count(CurrentUser user) {
        return inboxService.count(user, WAITING_FOR_EXECUTIVE);
    }

    @Transactional(readOnly = true)
    public List<ApprovalSummary> page(CurrentUser user, int offset, int limit) {
        return inboxService.page(user, WAITING_FOR_EXECUTIVE, offset, limit).stream().map(this::summarise).toList();
    }

    /**
     * Approves every selected measure in one transaction, each through {@link MeasureTaskService} so that the
     * role and task checks apply. All or nothing: an executive who approved ten measures must not have to find
     * out which nine went through; the exception names the measure that could not be approved.
     */
    @Transactional
    public void approveAll(Collection<ApprovalSummary> selected, CurrentUser user) {
        if (selected.isEmpty()) {
            throw new UserInputException("approval.bulk.none");
        }
        for (ApprovalSummary measure : selected) {
            try {
                measureTaskService.decideAsExecutive(measure.taskId(), Decision.APPROVE, null, user);
            } catch (UserInputException e) {
                // Rethrown, so the approvals before this one roll back with it; the cause stays for the log.
                UserInputException failed = new UserInputException("approval.bulk.failed", measure.measureTitle());
                failed.initCause(e);
                throw failed;
            }
        }
    }

    private ApprovalSummary summarise(TaskRow task) {
        String processInstanceId = task.processInstanceId();
        List<HistoricTaskInstance> finished = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).finished()
                .orderByHistoricTaskInstanceEndTime().asc().list();
        return new ApprovalSummary(task, divisionsDone(finished), evidenceService.forProcessInstance(processInstanceId).size(),
                reviewComments(processInstanceId, finished), daysToDue(task));
    }

    /**
     * The last head review of each division is the acceptance: a measure reaches the executive only when every
     * division's part was accepted, and a returned part is reviewed again later.
     */
    private List<DivisionDone> divisionsDone(List<HistoricTaskInstance> finished) {
        Map<String, DivisionDone> byDivision = new LinkedHashMap<>();
        finished.stream()
                .filter(t -> ImprovementMeasureProcess.TASK_HEAD_REVIEW.equals(t.getTaskDefinitionKey()))
                .forEach(t -> {
                    String division = TaskDivisions.of(historyService, t.getId());
                    byDivision.remove(division);
                    byDivision.put(division, new DivisionDone(division, t.getAssignee(), t.getEndTime()));
                });
        return List.copyOf(byDivision.values());
    }

    /** Every comment except the officers' work reports: those are the evidence's cover notes, not a review. */
    private List<ReviewComment> reviewComments(String processInstanceId, List<HistoricTaskInstance> finished) {
        Set<String> workTasks = finished.stream()
                .filter(t -> ImprovementMeasureProcess.TASK_DIVISION_WORK.equals(t.getTaskDefinitionKey()))
                .map(HistoricTaskInstance::getId).collect(Collectors.toSet());
        return historyOfMeasures.timeline(processInstanceId).stream()
                .filter(e -> e.kind() == TimelineEntry.Kind.COMMENT && !workTasks.contains(e.taskId()))
                .map(e -> new ReviewComment(e.taskName(), e.userId(), e.time(), e.detail()))
                .toList();
    }

    private Long daysToDue(TaskRow task) {
        if (task.due() == null) {
            return null;
        }
        LocalDate due = task.due().toInstant().atZone(clock.getZone()).toLocalDate();
        return ChronoUnit.DAYS.between(LocalDate.now(clock), due);
    }
}
