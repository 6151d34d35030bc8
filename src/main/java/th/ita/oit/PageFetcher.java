package th.ita.oit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one page as an NACC assessor would reach it: a GET with our User-Agent, redirects followed only while they
 * stay on the organisation's main website (a page that moved to Facebook or a free host does not count in OIT),
 * everything within one timeout, at most {@code maxBytes} read and hashed (SHA-256) so a page's change can be seen.
 */
class PageFetcher implements AutoCloseable {

    /** Made on the first fetch: see {@link #client()}. */
    private volatile HttpClient client;
    private final HostPacer pacer;
    private final Duration timeout;
    private final int maxRedirects;
    private final long maxBytes;
    private final String userAgent;
    // Reads bodies, so that a server that sends its page slowly still cannot hold a check past the timeout.
    private final ExecutorService bodyReaders = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "oit-page-body");
        thread.setDaemon(true);
        return thread;
    });

    PageFetcher(LinkCheckProperties properties, HostPacer pacer) {
        this.timeout = properties.timeout();
        this.maxRedirects = properties.maxRedirects();
        this.maxBytes = properties.maxBytes().toBytes();
        this.userAgent = properties.userAgent();
        this.pacer = pacer;
    }

    /**
     * Made when first needed, not with the application: an HTTP client sets up the JDK's TLS (its default context
     * reads every CA certificate of the JDK), which every start-up paid although live checks are off by default.
     */
    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                made = client;
                if (made == null) {
                    made = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
                    client = made;
                }
            }
        }
        return made;
    }

    /** {@code mainDomain}: the organisation's website domain, or null to keep redirects on the URL's own site. */
    FetchResult fetch(String url, String mainDomain) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
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
                pacer.await(uri.getHost());
                HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(timeout)
                        .header("User-Agent", userAgent).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .build();
                HttpResponse<InputStream> response = client().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                        .get(remaining(deadline), TimeUnit.NANOSECONDS);
                int status = response.statusCode();
                String location = response.headers().firstValue("Location").orElse(null);
                if (status >= 300 && status < 400 && location != null) {
                    response.body().close();
                    uri = uri.resolve(location.strip());
                    continue;
                }
                if (status < 200 || status >= 300) {
                    response.body().close();
                    return new FetchResult(CheckStatus.HTTP_ERROR, status, null, uri.toString(), "HTTP " + status);
                }
                return new FetchResult(CheckStatus.ALIVE, status, hash(response.body(), deadline), uri.toString(), null);
            }
            return new FetchResult(CheckStatus.HTTP_ERROR, null, null, uri.toString(), "too many redirects");
        } catch (TimeoutException e) {
            return new FetchResult(CheckStatus.TIMEOUT, null, null, uri.toString(), "no answer in " + timeout);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return new FetchResult(CheckStatus.TIMEOUT, null, null, uri.toString(), "no answer in " + timeout);
            }
            return new FetchResult(CheckStatus.UNREACHABLE, null, null, uri.toString(), describe(cause));
        } catch (IOException | IllegalArgumentException e) {
            return new FetchResult(CheckStatus.UNREACHABLE, null, null, uri.toString(), describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchResult(CheckStatus.UNREACHABLE, null, null, uri.toString(), "interrupted");
        }
    }

    private String hash(InputStream body, long deadline) throws TimeoutException, ExecutionException, InterruptedException, IOException {
        CompletableFuture<String> reading = CompletableFuture.supplyAsync(() -> {
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
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }, bodyReaders);
        try {
            return reading.get(remaining(deadline), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            body.close();
            reading.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
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
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals(domain) || h.endsWith("." + domain);
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
        bodyReaders.shutdownNow();
    }
}
