package th.ita.oit;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.io.CloseMode;

import th.ita.outbound.OutboundHttp;
import th.ita.outbound.OutboundPolicy;
import th.ita.outbound.RefusedAddressException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one page as an NACC assessor would reach it: a GET with our User-Agent, redirects followed only while they
 * stay on the organisation's main website (a page that moved to Facebook or a free host does not count in OIT),
 * everything within one timeout, at most {@code maxBytes} read and hashed (SHA-256) so a page's change can be seen.
 * <p>
 * Every request, the first and each redirect's next hop, goes through the {@link OutboundPolicy}: http or https on an
 * allowed port, and a connection only to the public addresses the host resolved to. A URL that leads inside this
 * server's network is {@link CheckStatus#REFUSED} without a byte sent there.
 */
class PageFetcher implements AutoCloseable {

    /** Made on the first fetch: see {@link #client()}. */
    private volatile CloseableHttpClient client;
    private final OutboundPolicy policy;
    private final HostPacer pacer;
    private final Duration timeout;
    private final int maxRedirects;
    private final long maxBytes;
    private final String userAgent;
    // Runs each request, so that a server that answers or sends its page slowly cannot hold a check past the timeout.
    private final ExecutorService requests = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "oit-page-fetch");
        thread.setDaemon(true);
        return thread;
    });

    PageFetcher(LinkCheckProperties properties, HostPacer pacer, OutboundPolicy policy) {
        this.timeout = properties.timeout();
        this.maxRedirects = properties.maxRedirects();
        this.maxBytes = properties.maxBytes().toBytes();
        this.userAgent = properties.userAgent();
        this.pacer = pacer;
        this.policy = policy;
    }

    /**
     * Made when first needed, not with the application: an HTTP client sets up TLS (reading every CA certificate of
     * the JDK), which every start-up paid although live checks are off by default.
     */
    private CloseableHttpClient client() {
        CloseableHttpClient made = client;
        if (made == null) {
            synchronized (this) {
                made = client;
                if (made == null) {
                    made = OutboundHttp.client(policy, timeout, userAgent, 64);
                    client = made;
                }
            }
        }
        return made;
    }

    /** What one request answered: its status, where a redirect points, and the body's hash for a success. */
    private record Answer(int status, String location, String sha256) {
    }

    /** {@code mainDomain}: the organisation's website domain, or null to keep redirects on the URL's own site. */
    FetchResult fetch(String url, String mainDomain) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new FetchResult(CheckStatus.UNREACHABLE, null, null, url, "bad address");
        }
        if (uri.getHost() == null) {
            // Such as http://127.1/: not a host name the URI syntax knows, so nothing could be asked for it.
            return new FetchResult(CheckStatus.UNREACHABLE, null, null, url, "bad address");
        }
        String domain = mainDomain != null && !mainDomain.isBlank() ? mainDomain.toLowerCase(Locale.ROOT)
                : siteOf(uri.getHost());
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (int hop = 0; hop <= maxRedirects; hop++) {
                if (uri.getHost() == null || !onDomain(uri.getHost(), domain)) {
                    return new FetchResult(CheckStatus.OFF_DOMAIN, null, null, uri.toString(), "left " + domain);
                }
                policy.checkTarget(uri);
                pacer.await(uri.getHost());
                Answer answer = request(uri, deadline);
                if (answer.status() >= 300 && answer.status() < 400 && answer.location() != null) {
                    uri = uri.resolve(answer.location().strip());
                    continue;
                }
                if (answer.status() < 200 || answer.status() >= 300) {
                    return new FetchResult(CheckStatus.HTTP_ERROR, answer.status(), null, uri.toString(), "HTTP " + answer.status());
                }
                return new FetchResult(CheckStatus.ALIVE, answer.status(), answer.sha256(), uri.toString(), null);
            }
            return new FetchResult(CheckStatus.HTTP_ERROR, null, null, uri.toString(), "too many redirects");
        } catch (RefusedAddressException e) {
            return new FetchResult(CheckStatus.REFUSED, null, null, uri.toString(), describe(e));
        } catch (TimeoutException | InterruptedIOException e) {
            return new FetchResult(CheckStatus.TIMEOUT, null, null, uri.toString(), "no answer in " + timeout);
        } catch (IOException | IllegalArgumentException e) {
            return new FetchResult(CheckStatus.UNREACHABLE, null, null, uri.toString(), describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchResult(CheckStatus.UNREACHABLE, null, null, uri.toString(), "interrupted");
        }
    }

    /** One GET, within what is left of the deadline; cancelled (its connection closed) when the deadline passes. */
    private Answer request(URI uri, long deadline) throws IOException, TimeoutException, InterruptedException {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        Future<Answer> answer = requests.submit(() -> {
            try (ClassicHttpResponse response = client().executeOpen(null, get, null)) {
                int status = response.getCode();
                Header location = response.getFirstHeader("Location");
                String sha256 = status >= 200 && status < 300 && response.getEntity() != null
                        ? hash(response.getEntity().getContent()) : null;
                // Closing without reading the rest drops the connection instead of downloading what we do not hash.
                return new Answer(status, location == null ? null : location.getValue(), sha256);
            }
        });
        try {
            return answer.get(remaining(deadline), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            get.cancel();
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause);
        }
    }

    private String hash(InputStream body) throws IOException {
        try (InputStream in = body) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            long left = maxBytes;
            int read;
            while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
                digest.update(buffer, 0, read);
                left -= read;
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static long remaining(long deadline) throws TimeoutException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new TimeoutException();
        }
        return left;
    }

    /** The host itself or one of its sub-domains: www.bantan.go.th is on bantan.go.th. */
    static boolean onDomain(String host, String domain) {
        return OutboundPolicy.onDomain(host, domain);
    }

    /** Without a configured domain, the site is the URL's host without "www.": www.x.go.th may move to x.go.th. */
    static String siteOf(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    private static String describe(Throwable e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    @Override
    public void close() {
        requests.shutdownNow();
        CloseableHttpClient made = client;
        if (made != null) {
            made.close(CloseMode.IMMEDIATE);
        }
    }
}
