package th.ita.measure;

import java.time.OffsetDateTime;

/**
 * Where one division's part of one measure stands, as the process recorded it. {@code planId} and
 * {@code planMeasureId} are null for a measure assigned outside a plan.
 */
public record PartOutcome(String processInstanceId, String divisionCode, Long planId, Long planMeasureId,
                          Outcome outcome, Progress progress, OffsetDateTime overdueSince, OffsetDateTime decidedAt,
                          String decidedBy, String reason) {

    public enum Outcome {
        /** The measure is still running. */
        OPEN,
        /** The executive approved the measure: every division's part counts as done (ดำเนินการแล้ว). */
        DONE,
        /** The fiscal year closed before the executive approved it (ยังไม่ได้ดำเนินการ); progress is kept. */
        NOT_DONE,
        /** The coordinator withdrew the measure with a reason. */
        WITHDRAWN
    }

    public enum Progress {
        IN_WORK, IN_REVIEW, ACCEPTED
    }

    public boolean isDone() {
        return outcome == Outcome.DONE;
    }

    public boolean isOverdue() {
        return overdueSince != null;
    }
}
