/**
 * The year-end report of a plan: its data, DOCX and PDF/A writers with Thai line breaking, signing and
 * storage. On the work floor.
 * <p>Floor: Work (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.report;
