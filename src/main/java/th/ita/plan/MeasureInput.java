package th.ita.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A measure as typed or imported: its text, the instruments (report tables) it belongs to, the indicators it
 * improves, the responsible division codes and the due date (null: end of the plan's fiscal year).
 */
public record MeasureInput(String text, List<String> instruments, List<Integer> indicators, List<String> divisions,
                           LocalDate dueDate) {
}
