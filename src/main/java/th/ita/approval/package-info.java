/**
 * The executive's approval queue: what waits for their decision, read through
 * {@link th.ita.approval.ApprovalQueueReadModel}, approved one by one or in bulk. On the work floor.
 * <p>Floor: Work (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.approval;
