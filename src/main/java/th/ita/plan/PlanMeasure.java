package th.ita.plan;

import java.time.LocalDate;
import java.util.List;

/** A measure (มาตรการ): the unit of work, run by each responsible division as one improvement-measure process. */
public record PlanMeasure(long id, int seq, String text, List<String> instruments, List<Integer> indicators,
                          List<String> divisions, LocalDate dueDate, String processInstanceId, MeasureStatus status) {
}
