package th.ita.inbox;

import java.util.Date;

/**
 * One comment of a measure: an officer's report, a head's or executive's reason, or a remark added on a task.
 * {@code taskName} is the step it was written on (null for a comment on the process alone); {@code author} the
 * writer as people know them, "ชื่อ นามสกุล (ตำแหน่ง)".
 */
public record TaskComment(String id, Date time, String userId, String author, String taskId, String taskName,
                          String message) {
}
