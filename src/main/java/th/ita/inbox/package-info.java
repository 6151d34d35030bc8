/**
 * The work list: a person's tasks with their measure's context, counts for the navigation badges, comments,
 * assignment, and the step forms (one read model, {@code InboxRows}, per page). On the work floor, the top one:
 * nothing depends on it but the screens of its neighbours.
 * <p>Floor: Work (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.inbox;
