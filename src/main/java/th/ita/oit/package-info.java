/**
 * The OIT readiness board: the framework's OIT items of a year, which division answers each, the pages they
 * published, and the live website checks (through {@code th.ita.outbound}). On the records floor.
 * <p>Floor: Records (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.oit;
