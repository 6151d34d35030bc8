package th.ita.inbox;

import java.util.Date;

/** One line of an inbox: a task and the measure it belongs to. */
public record TaskRow(String taskId, String processInstanceId, String taskKey, String taskName, String measureTitle,
                      String divisionCode, Date created, Date due, String assignee, Long planMeasureId) {

    public boolean isClaimed() {
        return assignee != null;
    }

    /** Past its due date: due before the start of {@code today}. */
    public boolean isOverdue(java.time.LocalDate today, java.time.ZoneId zone) {
        return due != null && due.toInstant().isBefore(today.atStartOfDay(zone).toInstant());
    }
}
