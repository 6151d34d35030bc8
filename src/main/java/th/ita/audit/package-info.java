/**
 * The audit history: every measure's timeline, decisions, outcomes and evidence links, filtered and exported
 * as CSV, for the coordinator, the executive and the auditors. Read-only. On the work floor.
 * <p>Floor: Work (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.audit;
