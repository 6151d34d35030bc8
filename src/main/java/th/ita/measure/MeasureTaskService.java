package th.ita.measure;

import th.ita.workflow.TaskAccess;
import th.ita.workflow.TaskCompletion;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.evidence.EvidenceFile;
import th.ita.evidence.EvidenceService;
import th.ita.security.CurrentUser;
import th.ita.shared.RequiredText;
import th.ita.shared.UserInputException;

import java.util.List;
import java.util.Map;

/**
 * Completes the steps of a measure. Each method checks who may act, validates the input, and saves the
 * evidence, the comment and the completion in one transaction: all of it, or nothing. The engine side of each
 * action — reading the task, checking it, completing it — is one engine command ({@link TaskCompletion#inOneCommand}).
 */
@Service
public class MeasureTaskService {

    static final int MAX_COMMENT_LENGTH = 4000;
    static final int MAX_REASON_LENGTH = 2000;

    private final TaskService taskService;
    private final TaskAccess taskAccess;
    private final EvidenceService evidenceService;
    private final TaskCompletion completion;

    public MeasureTaskService(TaskService taskService, TaskAccess taskAccess, EvidenceService evidenceService,
                              TaskCompletion completion) {
        this.taskService = taskService;
        this.taskAccess = taskAccess;
        this.evidenceService = evidenceService;
        this.completion = completion;
    }

    /** The officer reports the work done, with at least one evidence file. */
    @Transactional
    public void submitWork(String taskId, String workComment, List<EvidenceFile> evidence, CurrentUser user) {
        submitWork(taskId, workComment, evidence, List.of(), user);
    }

    /** The officer reports the work done, with evidence files and/or links to the organisation's website. */
    @Transactional
    public void submitWork(String taskId, String workComment, List<EvidenceFile> files, List<String> links,
                           CurrentUser user) {
        completion.inOneCommand(user, () -> taskAccess.requireActionable(taskId, user, ImprovementMeasureProcess.TASK_DIVISION_WORK), task -> {
            String comment = RequiredText.require(workComment, "work.field.comment", MAX_COMMENT_LENGTH);
            List<EvidenceFile> checkedFiles = files == null ? List.of() : files;
            List<String> checkedLinks = links == null ? List.of() : links;
            if (checkedFiles.isEmpty() && checkedLinks.isEmpty()) {
                throw new UserInputException("work.error.noEvidence");
            }
            String division = (String) taskService.getVariable(taskId, MeasureVariables.DIVISION);
            evidenceService.store(task.getProcessInstanceId(), taskId, division, checkedFiles, user.userId());
            evidenceService.storeLinks(task.getProcessInstanceId(), taskId, division, checkedLinks, user.userId());
            // The report is also kept on the task itself (local, so parallel divisions never overwrite each other):
            // the form's rules are checked on it at completion, as they are for Camunda Tasklist.
            completion.completeNow(task, comment, MeasureVariables.workDone(comment), Variables.createVariables(), user);
        });
    }

    /** The division head accepts the division's part or returns it to the officer with a reason. */
    @Transactional
    public void reviewAsHead(String taskId, Decision decision, String reason, CurrentUser user) {
        completion.inOneCommand(user, () -> taskAccess.requireActionable(taskId, user, ImprovementMeasureProcess.TASK_HEAD_REVIEW), task -> {
            String checkedReason = checkDecision(decision, reason, Decision.ACCEPT);
            completion.completeNow(task, checkedReason, Map.of(), MeasureVariables.headReviewed(decision, checkedReason),
                    user);
        });
    }

    /**
     * The ITA coordinator checks that every division's part is complete: {@link Decision#COMPLETE} sends the
     * measure to the executive; {@link Decision#SEND_BACK} returns one division's part (only that division redoes
     * its work) with a reason.
     */
    @Transactional
    public void checkAsCoordinator(String taskId, Decision decision, String sendBackDivision, String reason,
                                   CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException(user.userId() + " is not the ITA coordinator");
        }
        completion.inOneCommand(user, () -> taskAccess.requireActionable(taskId, user, ImprovementMeasureProcess.TASK_COORDINATOR_CHECK), task -> {
            if (decision != Decision.COMPLETE && decision != Decision.SEND_BACK) {
                throw new UserInputException("review.error.noDecision");
            }
            String checkedReason = checkReason(decision, reason);
            if (decision == Decision.SEND_BACK) {
                requireDivisionsOfMeasure(taskId, List.of(sendBackDivision == null ? "" : sendBackDivision));
            }
            completion.completeNow(task, checkedReason, Map.of(),
                    MeasureVariables.coordinatorChecked(decision, sendBackDivision, checkedReason), user);
        });
    }

    /** The executive approves the measure or returns it to every division with a reason. */
    @Transactional
    public void decideAsExecutive(String taskId, Decision decision, String reason, CurrentUser user) {
        decideAsExecutive(taskId, decision, List.of(), reason, user);
    }

    /**
     * The executive approves the measure, returns it to the coordinator, or returns it to the named divisions
     * (all of them when none is named), with a reason.
     */
    @Transactional
    public void decideAsExecutive(String taskId, Decision decision, List<String> returnDivisions, String reason,
                                  CurrentUser user) {
        if (!user.isExecutive()) {
            throw new AccessDeniedException(user.userId() + " is not an executive");
        }
        completion.inOneCommand(user, () -> taskAccess.requireActionable(taskId, user, ImprovementMeasureProcess.TASK_EXECUTIVE_APPROVAL), task -> {
            if (decision != Decision.APPROVE && decision != Decision.RETURN && decision != Decision.RETURN_TO_COORDINATOR) {
                throw new UserInputException("review.error.noDecision");
            }
            String checkedReason = checkReason(decision, reason);
            List<String> named = returnDivisions == null ? List.of() : returnDivisions;
            if (decision == Decision.RETURN && !named.isEmpty()) {
                requireDivisionsOfMeasure(taskId, named);
            }
            completion.completeNow(task, checkedReason, Map.of(),
                    MeasureVariables.executiveDecided(decision, named, checkedReason), user);
        });
    }

    /**
     * A reviewer's decision at the step the task is at, whichever door it came through (the task screen's form, the
     * API's JSON): the one place that turns a step into its action. The division's work is not a decision.
     */
    @Transactional
    public void decide(String taskId, MeasureStep step, ReviewInput input, CurrentUser user) {
        switch (step) {
            case HEAD_REVIEW -> reviewAsHead(taskId, input.decision(), input.reason(), user);
            case COORDINATOR_CHECK -> checkAsCoordinator(taskId, input.decision(), input.division(), input.reason(), user);
            case EXECUTIVE_APPROVAL -> decideAsExecutive(taskId, input.decision(), input.divisions(), input.reason(), user);
            case DIVISION_WORK -> throw new UserInputException("api.task.error.notADecision");
        }
    }

    /** The divisions responsible for the measure of a task the user may see. */
    @Transactional(readOnly = true)
    public List<String> divisionsOf(String taskId, CurrentUser user) {
        taskAccess.requireVisible(taskId, user);
        return divisionsOfMeasure(taskId);
    }

    private List<String> divisionsOfMeasure(String taskId) {
        return MeasureVariables.divisions(taskService.getVariables(taskId, List.of(MeasureVariables.DIVISIONS)));
    }

    private void requireDivisionsOfMeasure(String taskId, List<String> divisions) {
        List<String> ofMeasure = divisionsOfMeasure(taskId);
        for (String division : divisions) {
            if (!ofMeasure.contains(division)) {
                throw new UserInputException("review.error.division");
            }
        }
    }

    private static String checkDecision(Decision decision, String reason, Decision positive) {
        if (decision == null || (decision != positive && decision != Decision.RETURN)) {
            throw new UserInputException("review.error.noDecision");
        }
        return checkReason(decision, reason);
    }

    private static String checkReason(Decision decision, String reason) {
        return decision.isReturn()
                ? RequiredText.require(reason, "review.field.reason", MAX_REASON_LENGTH)
                : RequiredText.optional(reason, "review.field.reason", MAX_REASON_LENGTH);
    }
}
