package th.ita.approval;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.inbox.InboxService;
import th.ita.inbox.TaskRow;
import th.ita.measure.Decision;
import th.ita.measure.MeasureStep;
import th.ita.measure.MeasureTaskService;
import th.ita.security.CurrentUser;
import th.ita.shared.UserInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The executive's queue with a summary per measure, and approval of several measures at once. Paged like
 * the inbox (it is the inbox, restricted to the executive's step), so the summary work is one page at a time.
 */
@Service
public class ApprovalService {

    public static final InboxService.Filter WAITING_FOR_EXECUTIVE =
            new InboxService.Filter(MeasureStep.EXECUTIVE_APPROVAL.taskKey());

    private final InboxService inboxService;
    private final MeasureTaskService measureTaskService;
    private final ApprovalQueueReadModel readModel;
    private final Clock clock;

    public ApprovalService(InboxService inboxService, MeasureTaskService measureTaskService,
                           ApprovalQueueReadModel readModel, Clock clock) {
        this.inboxService = inboxService;
        this.measureTaskService = measureTaskService;
        this.readModel = readModel;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long count(CurrentUser user) {
        return inboxService.count(user, WAITING_FOR_EXECUTIVE);
    }

    @Transactional(readOnly = true)
    public List<ApprovalSummary> page(CurrentUser user, int offset, int limit) {
        return summarise(inboxService.page(user, WAITING_FOR_EXECUTIVE, offset, limit));
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

    /**
     * The summaries of a page of the executive's tasks, as the inbox read them (so of the executive's organisation):
     * a fixed number of statements for any page size.
     */
    @Transactional(readOnly = true)
    public List<ApprovalSummary> summarise(List<TaskRow> tasks) {
        ApprovalQueueReadModel.Page page = readModel.read(
                tasks.stream().map(TaskRow::processInstanceId).collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
        return tasks.stream().map(task -> new ApprovalSummary(task,
                page.divisions().getOrDefault(task.processInstanceId(), List.of()),
                page.evidence().getOrDefault(task.processInstanceId(), 0),
                page.comments().getOrDefault(task.processInstanceId(), List.of()), daysToDue(task))).toList();
    }

    private Long daysToDue(TaskRow task) {
        if (task.due() == null) {
            return null;
        }
        LocalDate due = task.due().toInstant().atZone(clock.getZone()).toLocalDate();
        return ChronoUnit.DAYS.between(LocalDate.now(clock), due);
    }
}
