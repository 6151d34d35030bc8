package th.ita.oit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * {@code ita.oit.checks.*}: the live checks of the organisations' websites. Off unless {@code enabled}: a development
 * machine or a test run must not fetch the demo's or anyone's website by itself.
 *
 * @param enabled      whether this node runs the scheduled checks (every node may; each URL is checked by one)
 * @param poll         how often a node looks for URLs that are due
 * @param interval     how long after a check a URL is due again
 * @param retry        how long after a failed check it is due again (sooner, to see whether it was a blip)
 * @param timeout      for the connection and for the whole answer of one request
 * @param perHostDelay the least time between two requests of this node to the same host
 * @param maxRedirects redirects followed (on the main website only) before giving up
 * @param maxBytes     the part of a page that is read and hashed
 * @param batch        URLs a node claims per poll
 * @param lease        how long a claimed URL stays with the node that claimed it (a node that dies frees it then)
 * @param userAgent    what the checker calls itself; say who runs it and how to reach them
 * @param threads      URLs this node fetches at once (different hosts; each host still gets one request per
 *                     {@code perHostDelay}): most of a check is waiting for the website, see BENCHMARKS.md
 */
@ConfigurationProperties("ita.oit.checks")
public record LinkCheckProperties(boolean enabled, Duration poll, Duration interval, Duration retry, Duration timeout,
                                  Duration perHostDelay, Integer maxRedirects, DataSize maxBytes, Integer batch,
                                  Duration lease, String userAgent, Integer threads) {

    public LinkCheckProperties {
        poll = poll == null ? Duration.ofMinutes(5) : poll;
        interval = interval == null ? Duration.ofHours(24) : interval;
        retry = retry == null ? Duration.ofHours(1) : retry;
        timeout = timeout == null ? Duration.ofSeconds(15) : timeout;
        perHostDelay = perHostDelay == null ? Duration.ofSeconds(2) : perHostDelay;
        maxRedirects = maxRedirects == null ? 5 : maxRedirects;
        maxBytes = maxBytes == null ? DataSize.ofMegabytes(5) : maxBytes;
        batch = batch == null ? 500 : batch;
        threads = threads == null || threads < 1 ? 16 : threads;
        lease = lease == null ? Duration.ofMinutes(30) : lease;
        userAgent = userAgent == null || userAgent.isBlank()
                ? "ITA-Workflow-LinkChecker/1.0 (OIT readiness check of the organisation's own website)" : userAgent;
    }
}
