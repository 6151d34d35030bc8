package th.ita.approval;

import th.ita.inbox.TaskRow;

import java.util.Date;
import java.util.List;

/**
 * What an executive needs to decide on one measure without opening it: which divisions are done and who
 * accepted them, how much evidence there is, what the reviewers wrote, and how far the due date is.
 *
 * @param daysToDue days from today to the due date; negative when overdue, null when the measure has no due date
 */
public record ApprovalSummary(TaskRow task, List<DivisionDone> divisions, int evidenceCount,
                              List<ReviewComment> comments, Long daysToDue) {

    public ApprovalSummary {
        divisions = List.copyOf(divisions);
        comments = List.copyOf(comments);
    }

    public String taskId() {
        return task.taskId();
    }

    public String processInstanceId() {
        return task.processInstanceId();
    }

    public String measureTitle() {
        return task.measureTitle();
    }

    public boolean isOverdue() {
        return daysToDue != null && daysToDue < 0;
    }

    /** A division whose part the head accepted: by whom and when. */
    /** {@code acceptedByName}: the head as people know them, "ชื่อ นามสกุล (ตำแหน่ง)". */
    public record DivisionDone(String divisionCode, String acceptedBy, String acceptedByName, Date acceptedAt) {
    }

    /** A comment of a reviewer (head, later coordinator), with the step it was written in. */
    /** {@code author}: the writer as people know them, "ชื่อ นามสกุล (ตำแหน่ง)". */
    public record ReviewComment(String taskName, String userId, String author, Date time, String text) {
    }
}
