package th.ita.audit;

import java.util.Date;

/** One fact of a measure's history: when, who, what kind of step, which task, and its detail text. */
public record TimelineEntry(Date time, String userId, Kind kind, String taskName, String detail) {

    public enum Kind {
        // Declared in the order a person tells a step: evidence and comment, then the completion.
        STARTED, EVIDENCE, COMMENT, TASK_COMPLETED, ENDED;

        public String messageKey() {
            return "audit.kind." + name();
        }
    }
}
