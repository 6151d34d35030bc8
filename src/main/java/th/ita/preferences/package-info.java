/**
 * Per-person settings kept with the person in the engine's identity (user info): the language of the screens
 * and how hand-off notices reach them. On the base floor: it uses no other package of ours.
 * <p>Floor: Base (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.preferences;
