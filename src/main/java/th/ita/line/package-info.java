/**
 * LINE as a channel: linking a person's LINE account, the organisation's LINE channels, the webhook, and the
 * outbox that delivers notices through the Messaging API (through {@code th.ita.outbound}). On the channels floor,
 * beside {@code notification}, whose notices it carries.
 * <p>Floor: Channels (docs/ARCHITECTURE.md, {@code th.ita.ArchitectureTest#FLOORS}).
 */
package th.ita.line;
