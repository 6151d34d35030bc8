package th.ita.outbound;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code ita.outbound.*}: what the server may connect to.
 *
 * @param allowedPorts the ports a fetched URL may name (80 and 443 unless configured): a municipality's website
 *                     answers on those, an internal service on others
 * @param stubHosts    host names whose addresses are NOT checked and whose ports are free: only for tests, which
 *                     reach their local stubs on {@code localhost}. Empty by default; refused in the production
 *                     ({@code postgres}) profile
 */
@ConfigurationProperties("ita.outbound")
public record OutboundProperties(Set<Integer> allowedPorts, Set<String> stubHosts) {

    public OutboundProperties {
        allowedPorts = allowedPorts == null || allowedPorts.isEmpty() ? Set.of(80, 443) : Set.copyOf(allowedPorts);
        stubHosts = stubHosts == null ? Set.of()
                : stubHosts.stream().filter(h -> h != null && !h.isBlank())
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The defaults: standard ports, no stub host. */
    public static OutboundProperties defaults() {
        return new OutboundProperties(null, null);
    }
}
