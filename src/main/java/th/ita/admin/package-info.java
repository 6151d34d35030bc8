/**
 * The daily administration of an organisation without Camunda Admin: divisions, people, acting appointments,
 * emblems and province auditors, for the platform's and the organisation's administrators. On the work floor.
 * <p>Floor: Work (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.admin;
