/**
 * Decision records: one append-only row per approval step as its task completes, in the same transaction,
 * chained by hash so that a changed row shows; the evidence each decision covered. On the records floor.
 * <p>Floor: Records (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.decision;
