package th.ita.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;

/** Outbound policies for tests that build their clients themselves. */
public final class TestPolicies {

    private TestPolicies() {
    }

    /** The production rules, with the machine's resolver: what a deployment does. */
    public static OutboundPolicy publicOnly() {
        return new OutboundPolicy(OutboundProperties.defaults(), InetAddress::getAllByName);
    }

    /** The production rules, except that these hosts (a test's local stubs) may be reached on any port. */
    public static OutboundPolicy allowingStubs(String... hosts) {
        return new OutboundPolicy(new OutboundProperties(null, Set.of(hosts)), InetAddress::getAllByName);
    }

    /** The production rules with a fake DNS: each name resolves to the given addresses, anything else is unknown. */
    public static OutboundPolicy withDns(Map<String, String[]> dns) {
        return withDns(OutboundProperties.defaults(), dns);
    }

    /** These rules with a fake DNS: each name resolves to the given address literals, anything else is unknown. */
    public static OutboundPolicy withDns(OutboundProperties properties, Map<String, String[]> dns) {
        return new OutboundPolicy(properties, host -> {
            String[] answers = dns.get(host);
            if (answers == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] addresses = new InetAddress[answers.length];
            for (int i = 0; i < answers.length; i++) {
                addresses[i] = InetAddress.getByName(answers[i]);   // literals only: no lookup
            }
            return addresses;
        });
    }
}
