/**
 * The evidence a division hands in: files (type checked from their bytes), their versions and rounds, website
 * links, downloads and previews, each bound to its measure and organisation. On the records floor.
 * <p>Floor: Records (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.evidence;
