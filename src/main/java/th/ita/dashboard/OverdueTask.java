package th.ita.dashboard;

import java.time.LocalDate;

/** An open task of a measure past its due date; {@code divisionCode} null for the executive's approval. */
public record OverdueTask(int measureSeq, String measureText, String divisionCode, String taskKey, LocalDate dueDate) {
}
