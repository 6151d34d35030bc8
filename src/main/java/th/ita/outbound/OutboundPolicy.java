package th.ita.outbound;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for what the server fetches. At entry (a URL typed on the OIT board or as evidence, an organisation's
 * website domain): a public DNS name, http or https, a standard port. At fetch time: the host resolved once, every
 * address it resolves to public, and the connection made to those very addresses (see {@link CheckedDnsResolver}
 * and {@link CheckedConnections}); redirects are checked hop by hop by the caller with {@link #checkTarget(URI)}.
 */
@Component
@EnableConfigurationProperties(OutboundProperties.class)
public class OutboundPolicy {

    /** A DNS label: letters, digits and inner hyphens (IDNs arrive here as their xn-- form). */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    /** A top-level domain: letters, or an IDN's xn-- form; never all digits (that is an address in disguise). */
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");
    /** Names that never lead to the public internet, whatever a resolver answers for them. */
    private static final Set<String> INTERNAL_SUFFIXES = Set.of("localhost", "local", "localdomain", "internal",
            "intranet", "lan", "home", "corp", "private", "arpa", "test", "example", "invalid", "onion");

    private final OutboundProperties properties;
    private final Resolver resolver;

    /** Looks a host up; a test passes its own so that a name can resolve to any address without a DNS server. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    @Autowired
    public OutboundPolicy(OutboundProperties properties, Environment environment) {
        this(properties, InetAddress::getAllByName);
        // The production profile refuses them; the tests' own profile may run on top of it (PostgreSQL tests).
        if (!properties.stubHosts().isEmpty() && environment.acceptsProfiles(Profiles.of("postgres & !test"))) {
            throw new IllegalStateException("ita.outbound.stub-hosts " + properties.stubHosts()
                    + " is for tests only and is refused in the production (postgres) profile: remove it");
        }
    }

    public OutboundPolicy(OutboundProperties properties, Resolver resolver) {
        this.properties = properties;
        this.resolver = resolver;
    }

    /**
     * An organisation's website domain as entered: a public DNS name (no scheme, path, port or address), lower-cased
     * and in its ASCII form. Empty when none was given.
     */
    public Optional<String> websiteDomain(String entered) {
        if (entered == null || entered.isBlank()) {
            return Optional.empty();
        }
        String domain = entered.strip().toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (isStubHost(domain)) {
            return Optional.of(domain);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new OutboundRefusedException("outbound.error.domain", entered.strip());
        }
        if (!isPublicName(ascii)) {
            throw new OutboundRefusedException("outbound.error.domain", entered.strip());
        }
        return Optional.of(ascii);
    }

    /**
     * A URL a person enters for the checker to fetch: http or https, a public DNS name on the organisation's
     * {@code domain} or one of its sub-domains (any public name when the organisation has none), a standard port, no
     * user name or password in it. Throws a refusal the user can read otherwise.
     */
    public URI siteUrl(URI uri, Optional<String> domain) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!isHttp(uri) || host.isEmpty() || uri.getRawUserInfo() != null) {
            throw new OutboundRefusedException("evidence.error.url", uri.toString());
        }
        domain.map(d -> d.toLowerCase(Locale.ROOT)).ifPresent(d -> {
            if (!onDomain(host, d)) {
                throw new OutboundRefusedException("evidence.error.urlDomain", host, d);
            }
        });
        if (isStubHost(host)) {
            return uri;
        }
        if (!isPublicName(host)) {
            throw new OutboundRefusedException("outbound.error.host", host);
        }
        if (uri.getPort() != -1 && !properties.allowedPorts().contains(uri.getPort())) {
            throw new OutboundRefusedException("outbound.error.port", String.valueOf(uri.getPort()));
        }
        return uri;
    }

    /**
     * Whether the server may send a request to this URL (a first request or a redirect's next hop): http or https,
     * a host, an allowed port. The addresses are checked when the connection is made.
     */
    public void checkTarget(URI uri) throws RefusedAddressException {
        String host = uri.getHost();
        if (!isHttp(uri) || host == null) {
            throw new RefusedAddressException(String.valueOf(host), "only http and https are fetched");
        }
        if (!isStubHost(host) && uri.getPort() != -1 && !properties.allowedPorts().contains(uri.getPort())) {
            throw new RefusedAddressException(host, "port " + uri.getPort() + " is not allowed");
        }
    }

    /**
     * Resolves the host once and returns its addresses if every one of them is public; the caller connects to these
     * and looks nothing up again. A name that resolves to one public and one internal address is refused whole: the
     * resolver's order must not decide whether the server reaches inside.
     */
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = resolver.resolve(host);
        if (isStubHost(host)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (!PublicAddresses.isPublic(address)) {
                throw new RefusedAddressException(host, "resolves to " + address.getHostAddress() + ", which is not public");
            }
        }
        if (addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        return Arrays.copyOf(addresses, addresses.length);
    }

    /** For a client that resolved by itself (LINE's): refuses to connect to an address inside. */
    public void checkConnection(String host, InetAddress address) throws RefusedAddressException {
        if (!isStubHost(host) && !PublicAddresses.isPublic(address)) {
            throw new RefusedAddressException(host, address.getHostAddress() + " is not public");
        }
    }

    /** The host itself or one of its sub-domains: www.bantan.go.th is on bantan.go.th. */
    public static boolean onDomain(String host, String domain) {
        String h = host.toLowerCase(Locale.ROOT);
        String d = domain.toLowerCase(Locale.ROOT);
        return h.equals(d) || h.endsWith("." + d);
    }

    boolean isStubHost(String host) {
        return host != null && properties.stubHosts().contains(host.toLowerCase(Locale.ROOT));
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    /**
     * A name in the public DNS: two labels or more, a top-level domain of letters, none of the suffixes kept for
     * private networks. An IP address in any notation (127.0.0.1, 2130706433, 0x7f.1, [::1]) is not a name.
     */
    static boolean isPublicName(String host) {
        if (host.length() > 253 || host.startsWith("[")) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        String top = labels[labels.length - 1];
        return TOP_LEVEL.matcher(top).matches() && !INTERNAL_SUFFIXES.contains(top)
                && !host.endsWith(".home.arpa");
    }
}
