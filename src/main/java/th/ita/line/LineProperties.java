package th.ita.line;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ita.line.*}: LINE notifications through each organisation's Official Account (Messaging API).
 *
 * @param enabled       whether this node runs the scheduled sender (every node may; each message is sent by one)
 * @param apiBaseUrl    the Messaging API (tests point it at a local stub)
 * @param appBaseUrl    this application's address as people open it ({@code ITA_BASE_URL}), for the link in each message
 *                      and the webhook shown to the administrator; may be unset (see {@link #configuredAppBaseUrl()})
 * @param poll          how often a node looks for messages to send
 * @param firstRetry    the wait after the first failure; doubled after each further one (up to {@code maxRetryWait})
 * @param maxRetryWait  the longest wait between two attempts
 * @param maxAttempts   attempts before a message is given up
 * @param timeout       for the connection and the whole answer of one push
 * @param lease         how long a claimed message stays with the node that claimed it
 * @param batch         messages a node claims per poll
 * @param codeValidity  how long a linking code may be sent to the Official Account
 * @param organisations per organisation id: its channel access token and channel secret (from the environment;
 *                      never in the repository), and its Official Account's basic id ({@code @xxxx}) for the
 *                      add-friend QR code on "My LINE"
 */
@ConfigurationProperties("ita.line")
public record LineProperties(Boolean enabled, URI apiBaseUrl, String appBaseUrl, Duration poll, Duration firstRetry,
                             Duration maxRetryWait, Integer maxAttempts, Duration timeout, Duration lease, Integer batch,
                             Duration codeValidity, Map<Long, Channel> organisations) {

    public LineProperties {
        enabled = enabled == null || enabled;
        apiBaseUrl = apiBaseUrl == null ? URI.create("https://api.line.me") : apiBaseUrl;
        appBaseUrl = appBaseUrl == null || appBaseUrl.isBlank() ? null : appBaseUrl.strip().replaceAll("/+$", "");
        poll = poll == null ? Duration.ofSeconds(30) : poll;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        maxRetryWait = maxRetryWait == null ? Duration.ofHours(6) : maxRetryWait;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        batch = batch == null ? 50 : batch;
        codeValidity = codeValidity == null ? Duration.ofMinutes(15) : codeValidity;
        organisations = organisations == null ? Map.of() : Map.copyOf(organisations);
    }

    /**
     * The address for the links in messages, sent when nobody is there to ask: the configured one, else the address of
     * a development machine (a server that sends messages is expected to set {@code ITA_BASE_URL}).
     */
    @Override
    public String appBaseUrl() {
        return appBaseUrl == null ? "http://localhost:8080" : appBaseUrl;
    }

    /** The address as configured, if it is: a page someone is looking at can otherwise take it from their request. */
    public Optional<String> configuredAppBaseUrl() {
        return Optional.ofNullable(appBaseUrl);
    }

    /** An organisation's channel as configured; any part may be missing. */
    public record Channel(String token, String secret, String basicId) {

        @Override
        public String toString() {
            return "Channel[secrets hidden]";
        }
    }
}
