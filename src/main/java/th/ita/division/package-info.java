/**
 * The divisions of an organisation (กอง/สำนัก) with their officer and head groups, and the Thai names of roles
 * and divisions. On the organisation floor.
 * <p>Floor: Organisation (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.division;
