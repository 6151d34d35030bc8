package th.ita.outbound;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a person may enter for the server to fetch, and what the server may connect to. */
class OutboundPolicyTest {

    final OutboundPolicy policy = TestPolicies.withDns(Map.of(
            "www.bantan.go.th", new String[] {"164.115.1.10"},
            "intranet.bantan.go.th", new String[] {"10.0.0.5"},
            "split.bantan.go.th", new String[] {"164.115.1.10", "127.0.0.1"},
            "metadata.bantan.go.th", new String[] {"169.254.169.254"},
            "v6.bantan.go.th", new String[] {"::ffff:127.0.0.1"}));

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "169.254.169.254", "http://evil/../", "0.0.0.0", "2130706433",
            "bantan.go.th:8080", "[::1]", "intranet", "db.internal", "printer.local", "bantan.go.th/path",
            "https://bantan.go.th", "-bad-.go.th", "1.2.3.4.5", "bantan..go.th", "x.home.arpa", "a b.go.th"})
    void aWebsiteDomain_mustBeAPublicDnsName(String entered) {
        assertThatThrownBy(() -> policy.websiteDomain(entered))
                .isInstanceOfSatisfying(OutboundRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("outbound.error.domain"));
    }

    @Test
    void aPublicWebsiteDomain_isKept_lowerCase_inItsAsciiForm() {
        assertThat(policy.websiteDomain(" BanTan.go.th ")).contains("bantan.go.th");
        assertThat(policy.websiteDomain("www.bantan.go.th.")).contains("www.bantan.go.th");
        assertThat(policy.websiteDomain("เทศบาลบ้านตาล.ไทย")).hasValueSatisfying(d -> assertThat(d).startsWith("xn--"));
        assertThat(policy.websiteDomain("  ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost/", "http://0.0.0.0/", "http://2130706433/",
            "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://10.0.0.1/", "http://intranet/",
            "http://printer.local/oit"})
    void anEnteredUrl_withoutAPublicName_isRefused_evenWithoutADomain(String url) {
        assertThatThrownBy(() -> policy.siteUrl(URI.create(url), Optional.empty()))
                .isInstanceOfSatisfying(OutboundRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("outbound.error.host"));
    }

    @Test
    void anEnteredUrl_onASubDomain_mustUseAStandardPort() {
        assertThat(policy.siteUrl(URI.create("https://www.bantan.go.th/oit/o1"), Optional.of("bantan.go.th"))).isNotNull();
        assertThat(policy.siteUrl(URI.create("http://www.bantan.go.th:80/oit/o1"), Optional.of("bantan.go.th"))).isNotNull();
        assertThatThrownBy(() -> policy.siteUrl(URI.create("http://www.bantan.go.th:5432/"), Optional.of("bantan.go.th")))
                .isInstanceOfSatisfying(OutboundRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("outbound.error.port");
                    assertThat(e.arguments()).containsExactly("5432");
                });
    }

    @Test
    void anEnteredUrl_withAUserName_orAnotherScheme_isRefused() {
        assertThatThrownBy(() -> policy.siteUrl(URI.create("http://admin:x@www.bantan.go.th/"), Optional.empty()))
                .isInstanceOfSatisfying(OutboundRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evidence.error.url"));
        assertThatThrownBy(() -> policy.siteUrl(URI.create("file:///etc/passwd"), Optional.empty()))
                .isInstanceOf(OutboundRefusedException.class);
        assertThatThrownBy(() -> policy.siteUrl(URI.create("gopher://www.bantan.go.th/"), Optional.empty()))
                .isInstanceOf(OutboundRefusedException.class);
    }

    @Test
    void aHostIsResolvedOnce_andEveryAddressMustBePublic() throws Exception {
        assertThat(policy.resolve("www.bantan.go.th")).containsExactly(InetAddress.getByName("164.115.1.10"));
        for (String inside : new String[] {"intranet.bantan.go.th", "split.bantan.go.th", "metadata.bantan.go.th",
                "v6.bantan.go.th", "127.0.0.1", "2130706433", "0.0.0.0"}) {
            assertThatThrownBy(() -> policy.resolve(inside)).as(inside).isInstanceOf(Exception.class);
        }
        assertThatThrownBy(() -> policy.resolve("split.bantan.go.th")).isInstanceOf(RefusedAddressException.class);
    }

    @Test
    void aRequestTarget_mustBeHttp_onAnAllowedPort() {
        assertThatThrownBy(() -> policy.checkTarget(URI.create("http://www.bantan.go.th:8080/")))
                .isInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> policy.checkTarget(URI.create("ftp://www.bantan.go.th/")))
                .isInstanceOf(RefusedAddressException.class);
    }

    @Test
    void stubHosts_areForTests_andRefusedInTheProductionProfile() {
        OutboundProperties withStub = new OutboundProperties(null, Set.of("localhost"));
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("postgres");

        assertThatThrownBy(() -> new OutboundPolicy(withStub, production))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ita.outbound.stub-hosts");
        assertThat(new OutboundPolicy(OutboundProperties.defaults(), production)).isNotNull();
        MockEnvironment postgresTests = new MockEnvironment();
        postgresTests.setActiveProfiles("test", "postgres");
        assertThat(new OutboundPolicy(withStub, postgresTests)).isNotNull();
        assertThat(new OutboundPolicy(withStub, new MockEnvironment()).siteUrl(URI.create("http://localhost:8123/x"),
                Optional.of("localhost"))).isNotNull();
    }
}
