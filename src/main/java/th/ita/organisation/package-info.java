/**
 * The organisations of a deployment and their people: onboarding, accounts and roles, emblems, the log of what
 * province auditors read. Each organisation is a Camunda tenant; every app table with an organisation's data
 * carries its id (convention 11). On the organisation floor, with {@code division}, {@code province} and
 * {@code acting}.
 * <p>Floor: Organisation (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.organisation;
