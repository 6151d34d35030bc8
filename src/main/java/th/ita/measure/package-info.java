/**
 * The improvement-measure process's glue: its ids and typed variables
 * ({@link th.ita.measure.ImprovementMeasureProcess}), its delegates (reminders, overdue escalation, outcomes), the
 * task services that check each step and complete it, and the measure's facts in our tables. On the process floor:
 * the engine is reached through {@code th.ita.workflow}, the floor's users are the screens above.
 * <p>Floor: Process (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.measure;
