/**
 * Hand-offs: each step that reaches a person tells them (in the app, by e-mail, on LINE where linked), after
 * commit, grouped, never twice (convention 16). Listens to the processes; on the work floor.
 * <p>Floor: Work (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.handoff;
