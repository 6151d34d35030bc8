package th.ita.inbox;

import java.util.Date;
import java.util.List;

/**
 * One line of an inbox: a task and the measure it belongs to, with the ITA indicators the measure improves
 * (empty for a measure assigned outside a plan).
 */
public record TaskRow(String taskId, String processInstanceId, String taskKey, String taskName, String measureTitle,
                      String divisionCode, Date created, Date due, String assignee, Long planMeasureId,
                      List<Integer> indicators) {

    public TaskRow {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public TaskRow withIndicators(List<Integer> indicators) {
        return new TaskRow(taskId, processInstanceId, taskKey, taskName, measureTitle, divisionCode, created, due,
                assignee, planMeasureId, indicators);
    }

    public boolean isClaimed() {
        return assignee != null;
    }

    /** Past its due date: due before the start of {@code today}. */
    public boolean isOverdue(java.time.LocalDate today, java.time.ZoneId zone) {
        return due != null && due.toInstant().isBefore(today.atStartOfDay(zone).toInstant());
    }
}
