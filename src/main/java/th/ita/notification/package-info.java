/**
 * The in-app notices of a person (the bell) and their e-mails: stored, counted and sent after commit. On the
 * channels floor: capabilities above decide what to tell whom; this package delivers it.
 * <p>Floor: Channels (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.notification;
