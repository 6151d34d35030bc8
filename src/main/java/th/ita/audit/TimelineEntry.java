package th.ita.audit;

import java.util.Date;

/**
 * One fact of a measure's history: when, who, what kind of step, which task, and its detail text; for the
 * audit filters also the task's id and division, and the measure it belongs to (a plan lists many measures);
 * {@code person} is who acted as people know them, "ชื่อ นามสกุล (ตำแหน่ง)" (null when only the id is known).
 */
public record TimelineEntry(Date time, String userId, Kind kind, String taskName, String detail,
                            String taskId, String division, String measure, String person) {

    public TimelineEntry(Date time, String userId, Kind kind, String taskName, String detail,
                         String taskId, String division, String measure) {
        this(time, userId, kind, taskName, detail, taskId, division, measure, null);
    }

    /** An entry not tied to a task (start, end), or built before the task and measure are known. */
    public TimelineEntry(Date time, String userId, Kind kind, String taskName, String detail) {
        this(time, userId, kind, taskName, detail, null, null, null);
    }

    public enum Kind {
        // Declared in the order a person tells a step: taken on, evidence and comment, then the completion.
        STARTED, CLAIMED, ASSIGNED, UNASSIGNED, EVIDENCE, COMMENT, TASK_COMPLETED, ENDED;

        public String messageKey() {
            return "audit.kind." + name();
        }
    }

    /** Who acted, by name and position where the account has them, else the account id; empty for the system. */
    public String personLabel() {
        return person != null ? person : userId == null ? "" : userId;
    }

    TimelineEntry withTask(String id, String name, String taskDivision) {
        return new TimelineEntry(time, userId, kind, name, detail, id, taskDivision, measure, person);
    }

    TimelineEntry withMeasure(String measureLabel) {
        return new TimelineEntry(time, userId, kind, taskName, detail, taskId, division, measureLabel, person);
    }
}
