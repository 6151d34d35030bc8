package th.ita.oit;

import th.ita.outbound.OutboundPolicy;
import th.ita.outbound.TestPolicies;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** One fetch against a website on this machine: what each kind of answer becomes. */
class PageFetcherTest {

    static final OutboundPolicy STUBS = TestPolicies.allowingStubs("localhost", "127.0.0.1");

    final LocalWebsite site = new LocalWebsite();
    final PageFetcher fetcher = new PageFetcher(properties(DataSize.ofMegabytes(1), Duration.ofSeconds(20)), noPause(), STUBS);

    PageFetcherTest() throws IOException {
    }

    @AfterEach
    void close() {
        fetcher.close();
        site.close();
    }

    @Test
    void anAnsweringPage_isAlive_withTheSha256OfItsBody_andOurUserAgent() throws Exception {
        site.page("/oit/o1", "<h1>โครงสร้างองค์กร</h1>");

        FetchResult result = fetcher.fetch(site.url("/oit/o1"), "localhost");

        assertThat(result.status()).isEqualTo(CheckStatus.ALIVE);
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(result.sha256()).isEqualTo(sha256("<h1>โครงสร้างองค์กร</h1>"));
        assertThat(site.userAgents).containsExactly("ITA-Workflow-LinkChecker/test");
    }

    @Test
    void aMissingPage_isAnHttpError() {
        FetchResult result = fetcher.fetch(site.url("/oit/o2"), "localhost");

        assertThat(result.status()).isEqualTo(CheckStatus.HTTP_ERROR);
        assertThat(result.httpStatus()).isEqualTo(404);
        assertThat(result.sha256()).isNull();
    }

    @Test
    void aPageThatNeverAnswers_timesOut() {
        try (PageFetcher impatient = new PageFetcher(properties(DataSize.ofMegabytes(1), Duration.ofSeconds(1)), noPause(), STUBS)) {
            assertThat(impatient.fetch(site.url("/slow/o3"), "localhost").status()).isEqualTo(CheckStatus.TIMEOUT);
        }
    }

    @Test
    void aRedirectOffTheMainWebsite_isNotFollowed() {
        FetchResult result = fetcher.fetch(site.url("/moved-away"), "localhost");

        assertThat(result.status()).isEqualTo(CheckStatus.OFF_DOMAIN);
        assertThat(result.finalUrl()).isEqualTo(site.elsewhere("/o1"));
        // The other site was never asked.
        assertThat(site.userAgents).hasSize(1);
    }

    @Test
    void aRedirectOnTheMainWebsite_isFollowed() throws Exception {
        site.page("/page", "ย้ายมาที่นี่");

        FetchResult result = fetcher.fetch(site.url("/moved-here"), null);

        assertThat(result.status()).isEqualTo(CheckStatus.ALIVE);
        assertThat(result.finalUrl()).isEqualTo(site.url("/page"));
        assertThat(result.sha256()).isEqualTo(sha256("ย้ายมาที่นี่"));
    }

    @Test
    void aClosedPort_isUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThat(fetcher.fetch("http://localhost:" + port + "/", "localhost").status()).isEqualTo(CheckStatus.UNREACHABLE);
    }

    @Test
    void onlyTheFirstMaxBytesAreHashed() throws Exception {
        site.page("/big", "a".repeat(5000));
        try (PageFetcher small = new PageFetcher(properties(DataSize.ofBytes(10), Duration.ofSeconds(20)), noPause(), STUBS)) {
            assertThat(small.fetch(site.url("/big"), "localhost").sha256()).isEqualTo(sha256("a".repeat(10)));
        }
    }

    @Test
    void subDomainsAreOnTheMainWebsite_lookalikesAreNot() {
        assertThat(PageFetcher.onDomain("www.bantan.go.th", "bantan.go.th")).isTrue();
        assertThat(PageFetcher.onDomain("bantan.go.th", "bantan.go.th")).isTrue();
        assertThat(PageFetcher.onDomain("notbantan.go.th", "bantan.go.th")).isFalse();
        assertThat(PageFetcher.siteOf("WWW.Bantan.go.th")).isEqualTo("bantan.go.th");
    }

    /** Generous for a busy two-core machine: only the page that never answers should reach it. */
    static LinkCheckProperties properties(DataSize maxBytes, Duration timeout) {
        return new LinkCheckProperties(false, null, null, null, timeout, Duration.ZERO, 3, maxBytes, 10,
                null, "ITA-Workflow-LinkChecker/test", 4);
    }

    static HostPacer noPause() {
        return new HostPacer(Duration.ZERO, Clock.systemUTC(), d -> { });
    }

    static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
