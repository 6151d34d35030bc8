/**
 * The REST door's common ground: errors as RFC 9457 problem details ({@link th.ita.api.ApiProblems}), the
 * not-found and too-large answers every controller shares. Each capability keeps its own controllers in its
 * {@code api} sub-package. On the base floor: it uses only {@code shared}.
 * <p>Floor: Base (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.api;
