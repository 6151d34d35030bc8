/**
 * Who may do what, at every door (convention 10): Spring Security's configuration for the Vaadin views,
 * {@code /api}, {@code /engine-rest} and the Camunda webapps; the signed-in {@link th.ita.security.CurrentUser}
 * with its roles, organisation and acting groups; sign-in throttling; engine authorizations kept least privilege.
 * The access table itself is docs/ACCESS.md, checked by the access matrix tests. On the doors floor, above the
 * base floor: services of every capability ask it who the user is.
 * <p>Floor: Doors (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.security;
