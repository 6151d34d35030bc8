package th.ita.oit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;
import th.ita.outbound.OutboundPolicy;
import th.ita.outbound.OutboundProperties;
import th.ita.outbound.TestPolicies;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacker's probes against the checker (issue 23): URLs and redirects aimed at this machine. A listener on
 * 127.0.0.1 stands for the internal service; each probe must end REFUSED with not one connection offered to it. The
 * policies here allow the listener's port, so that only the address rule stands between the probe and the listener.
 */
class PageFetcherSsrfTest {

    final InsideListener inside = new InsideListener();
    final LocalWebsite site = new LocalWebsite();
    final OutboundProperties listenerPortAllowed = new OutboundProperties(Set.of(80, 443, inside.port()), Set.of());

    PageFetcherSsrfTest() throws IOException {
    }

    @AfterEach
    void close() throws IOException {
        inside.close();
        site.close();
    }

    PageFetcher fetcher(OutboundPolicy policy) {
        return new PageFetcher(PageFetcherTest.properties(DataSize.ofMegabytes(1), Duration.ofSeconds(5)),
                PageFetcherTest.noPause(), policy);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "0.0.0.0", "2130706433", "[::ffff:127.0.0.1]", "127.1"})
    void aUrlNamingThisMachine_isRefused_andNothingIsSentThere(String host) {
        try (PageFetcher fetcher = fetcher(new OutboundPolicy(listenerPortAllowed, java.net.InetAddress::getAllByName))) {
            FetchResult result = fetcher.fetch("http://" + host + ":" + inside.port() + "/actuator/health", null);

            assertThat(result.status()).as(host).isIn(CheckStatus.REFUSED, CheckStatus.UNREACHABLE);
            assertThat(result.httpStatus()).isNull();
        }
        assertThat(inside.connections()).isZero();
    }

    @Test
    void aPublicLookingNameThatResolvesInside_isRefused_withoutAConnection() {
        OutboundPolicy policy = TestPolicies.withDns(listenerPortAllowed, Map.of("www.bantan.go.th", new String[] {"127.0.0.1"}));
        try (PageFetcher fetcher = fetcher(policy)) {
            FetchResult result = fetcher.fetch("http://www.bantan.go.th:" + inside.port() + "/", "bantan.go.th");

            assertThat(result.status()).isEqualTo(CheckStatus.REFUSED);
            assertThat(result.detail()).contains("127.0.0.1");
        }
        assertThat(inside.connections()).isZero();
    }

    @Test
    void aRedirectIntoTheNetwork_isRefused_atThatHop() {
        // The first hop is the test's own website (a stub host); it sends the checker to a name that resolves inside.
        OutboundPolicy policy = TestPolicies.withDns(new OutboundProperties(Set.of(80, 443, inside.port()), Set.of("localhost")),
                Map.of("localhost", new String[] {"127.0.0.1"}, "admin.localhost", new String[] {"127.0.0.1"}));
        site.redirect("/o1", "http://admin.localhost:" + inside.port() + "/");
        try (PageFetcher fetcher = fetcher(policy)) {
            FetchResult result = fetcher.fetch(site.url("/o1"), "localhost");

            assertThat(result.status()).isEqualTo(CheckStatus.REFUSED);
            assertThat(result.finalUrl()).isEqualTo("http://admin.localhost:" + inside.port() + "/");
        }
        assertThat(site.userAgents).hasSize(1);
        assertThat(inside.connections()).isZero();
    }

    @Test
    void aRedirectToAnotherPortOfTheSite_isRefused() {
        OutboundPolicy policy = TestPolicies.withDns(new OutboundProperties(null, Set.of("localhost")),
                Map.of("localhost", new String[] {"127.0.0.1"}, "www.localhost", new String[] {"127.0.0.1"}));
        site.redirect("/o2", "http://www.localhost:" + inside.port() + "/");
        try (PageFetcher fetcher = fetcher(policy)) {
            FetchResult result = fetcher.fetch(site.url("/o2"), "localhost");

            assertThat(result.status()).isEqualTo(CheckStatus.REFUSED);
            assertThat(result.detail()).contains("port " + inside.port());
        }
        assertThat(inside.connections()).isZero();
    }
}
