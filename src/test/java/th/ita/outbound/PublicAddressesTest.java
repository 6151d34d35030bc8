package th.ita.outbound;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses the server may connect to on a user's behalf. */
class PublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.255.0.9", "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "172.16.0.1",
            "172.31.255.254", "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.255", "192.0.0.8",
            "192.0.2.1", "198.18.0.1", "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.255.255.250",
            "240.0.0.1", "255.255.255.255",
            "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "fec0::1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::7f00:1", "::127.0.0.1",
            "2002:7f00:1::1", "2002:a9fe:a9fe::1", "2001:db8::1", "2001:0:4136:e378::1"})
    void insideAddresses_areNotPublic(String literal) throws UnknownHostException {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "164.115.1.10", "172.32.0.1", "100.128.0.1", "223.255.255.1",
            "2001:4860:4860::8888", "2404:6800:4003::200e", "2002:808:808::1"})
    void internetAddresses_arePublic(String literal) throws UnknownHostException {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).as(literal).isTrue();
    }

    @ParameterizedTest
    // Not "0177.0.0.1": the JDK reads it as the decimal 177.0.0.1 (a public address), and connects there, not here.
    @ValueSource(strings = {"2130706433", "0x7f000001", "127.1", "017700000001"})
    void loopbackInOtherNotations_isNotPublic_whereTheJdkReadsIt(String notation) {
        // The JDK reads some of these as 127.0.0.1 and refuses the others as names it cannot resolve; either way no
        // connection to this machine can follow from them.
        try {
            assertThat(PublicAddresses.isPublic(InetAddress.getByName(notation))).as(notation).isFalse();
        } catch (UnknownHostException notAnAddress) {
            assertThat(notAnAddress).hasMessageContaining(notation);
        }
    }
}
