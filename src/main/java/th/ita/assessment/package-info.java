/**
 * The ITA framework of each fiscal year (instruments, weights, indicators, rating bands, OIT items) as versioned
 * data, and each organisation's published results: entry, CSV/XLSX import, the province's import, grades. On the
 * records floor: plans and reports above build on it.
 * <p>Floor: Records (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.assessment;
