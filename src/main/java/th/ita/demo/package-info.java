/**
 * The demo: its organisation, accounts, ITA results and plans, loaded at start-up only with
 * {@code ita.demo.enabled}, through the same services as the screens. On the work floor, the top one: no
 * capability may depend on it.
 * <p>Floor: Work (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.demo;
