/**
 * Acting appointments (ผู้รักษาราชการแทน): who acts for a division's head or the executive, and for how long.
 * Appointments are append-only; while one is in force, the acting person works that role's tasks. On the
 * organisation floor.
 * <p>Floor: Organisation (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.acting;
