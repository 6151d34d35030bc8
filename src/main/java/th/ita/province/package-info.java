/**
 * The province's view: province auditors and the read-only overview of every organisation of their province,
 * each read logged. On the organisation floor: it reads organisations, never their processes.
 * <p>Floor: Organisation (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.province;
