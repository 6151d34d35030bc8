/**
 * Everything the server fetches from the network goes through here (convention 13): the website checker's pages,
 * LINE's Messaging API, any future webhook. One {@link th.ita.outbound.OutboundPolicy} decides which URLs may be
 * entered and which addresses may be connected to: http/https only, standard ports, and every address a host
 * resolves to public — so that a URL typed by a user can never make the server reach inside its own network.
 * <p>Floor: Base (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.outbound;
