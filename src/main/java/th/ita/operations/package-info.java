/**
 * What the province's or vendor's IT needs to run the system: the application's own figures for Prometheus
 * ({@code /actuator/prometheus}, platform administrators only, over HTTP Basic so that a Prometheus server can
 * scrape it). See docs/OPERATIONS.md.
 * <p>Floor: Channels (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.operations;
