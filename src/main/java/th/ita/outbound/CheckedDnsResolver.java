package th.ita.outbound;

import org.apache.hc.client5.http.DnsResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The HTTP client's only way to look a host up: through the policy, so the client connects to the addresses that
 * were checked, and a name that a hostile DNS server answers differently the second time is never asked twice.
 */
final class CheckedDnsResolver implements DnsResolver {

    private final OutboundPolicy policy;

    CheckedDnsResolver(OutboundPolicy policy) {
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return policy.resolve(host);
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        // Used only for SPNEGO/Kerberos, which the checker never does: no lookup at all.
        return host;
    }
}
