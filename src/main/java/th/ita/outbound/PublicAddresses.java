package th.ita.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses are on the public internet. Everything else — this machine, the organisation's or the cloud's
 * private networks, link-local (the cloud metadata service at 169.254.169.254), carrier-grade NAT, multicast,
 * reserved and documentation ranges, and the IPv6 forms that embed such an IPv4 address — is inside, and the server
 * never connects there on a user's behalf.
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    public static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return isPublicV4(v4.getAddress());
        }
        if (address instanceof Inet6Address v6) {
            return isPublicV6(v6);
        }
        return false;
    }

    private static boolean isPublicV4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        return !(b0 == 0                                   // "this network", 0.0.0.0
                || b0 == 10                                // private
                || b0 == 127                               // loopback
                || (b0 == 100 && b1 >= 64 && b1 <= 127)    // carrier-grade NAT
                || (b0 == 169 && b1 == 254)                // link-local, cloud metadata
                || (b0 == 172 && b1 >= 16 && b1 <= 31)     // private
                || (b0 == 192 && b1 == 0 && b2 == 0)       // IETF protocol assignments
                || (b0 == 192 && b1 == 0 && b2 == 2)       // documentation
                || (b0 == 192 && b1 == 88 && b2 == 99)     // 6to4 relay anycast
                || (b0 == 192 && b1 == 168)                // private
                || (b0 == 198 && (b1 == 18 || b1 == 19))   // benchmarking
                || (b0 == 198 && b1 == 51 && b2 == 100)    // documentation
                || (b0 == 203 && b1 == 0 && b2 == 113)     // documentation
                || b0 >= 224);                             // multicast, reserved, broadcast
    }

    private static boolean isPublicV6(Inet6Address address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] a = address.getAddress();
        int b0 = a[0] & 0xff;
        if ((b0 & 0xfe) == 0xfc) {
            return false;                                  // unique-local fc00::/7
        }
        if ((b0 & 0xe0) != 0x20) {
            return false;                                  // only global unicast 2000::/3 is on the internet
        }
        if (b0 == 0x20 && a[1] == 0x02) {
            return isPublicV4(new byte[] {a[2], a[3], a[4], a[5]}); // 6to4 2002::/16 embeds an IPv4 address
        }
        if (b0 == 0x20 && a[1] == 0x01 && a[2] == 0x0d && (a[3] & 0xff) == 0xb8) {
            return false;                                  // documentation 2001:db8::/32
        }
        if (b0 == 0x20 && a[1] == 0x01 && a[2] == 0 && a[3] == 0) {
            return false;                                  // Teredo 2001::/32 tunnels to an embedded address
        }
        return true;
    }
}
