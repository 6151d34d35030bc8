package th.ita.oit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import th.ita.outbound.OutboundPolicy;
import th.ita.outbound.OutboundProperties;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker at national size (issue 23, item 6), on this machine: 10,000 URLs on 1,000 websites that are local
 * stubs, every website paced at one request per 2 s. Most websites answer after 100 ms, every 25th after 3 s (slow),
 * every 50th is down (a closed port). Prints wall time, threads and heap for BENCHMARKS.md, and fails if any host got
 * two requests less than 2 s apart. Not part of {@code verify} (it takes about a minute and measures time); run:
 * {@code ./mvnw test -Dtest=CheckerScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.threads=32} to try another pool size).
 */
class CheckerScaleBenchmark {

    static final int HOSTS = 1_000;
    static final int URLS_PER_HOST = 10;
    static final Duration PACING = Duration.ofSeconds(2);

    record Target(String url, String domain) {
    }

    @Test
    void tenThousandUrlsOnAThousandHosts() throws Exception {
        int threads = Integer.getInteger("bench.threads", 16);
        Map<String, List<Long>> requestTimes = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1000);
        server.setExecutor(Executors.newFixedThreadPool(200));
        server.createContext("/", exchange -> {
            String host = exchange.getRequestHeaders().getFirst("Host").replaceFirst(":\\d+$", "");
            requestTimes.computeIfAbsent(host, h -> java.util.Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime());
            int number = Integer.parseInt(host.substring(1, 5));
            sleep(number % 25 == 0 ? 3_000 : 100);
            byte[] body = ("<p>" + exchange.getRequestURI() + "</p>").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }

        List<Target> targets = new ArrayList<>();
        Set<String> hosts = new HashSet<>();
        for (int h = 0; h < HOSTS; h++) {
            String host = "h%04d.bench.test".formatted(h);
            hosts.add(host);
            int port = h % 50 == 1 ? deadPort : server.getAddress().getPort();
            for (int u = 0; u < URLS_PER_HOST; u++) {
                targets.add(new Target("http://" + host + ":" + port + "/oit/o" + (u + 1), "bench.test"));
            }
        }
        // Every bench host resolves to this machine: stub hosts, as the tests' local websites are.
        OutboundPolicy policy = new OutboundPolicy(new OutboundProperties(Set.of(80, 443), hosts),
                host -> { if (!hosts.contains(host)) { throw new UnknownHostException(host); }
                    return new InetAddress[] {InetAddress.getLoopbackAddress()}; });
        LinkCheckProperties properties = new LinkCheckProperties(true, null, null, null, Duration.ofSeconds(15), PACING,
                5, DataSize.ofMegabytes(5), null, null, "ITA-Workflow-LinkChecker/bench", threads);
        HostPacer pacer = new HostPacer(PACING, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));

        Map<CheckStatus, AtomicInteger> outcomes = new EnumMap<>(CheckStatus.class);
        for (CheckStatus status : CheckStatus.values()) {
            outcomes.put(status, new AtomicInteger());
        }
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        System.gc();
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        ManagementFactory.getThreadMXBean().resetPeakThreadCount();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        try (CheckPool pool = new CheckPool(new PageFetcher(properties, pacer, policy), threads)) {
            pool.run(targets, Target::url, Target::domain, (target, result) -> {
                outcomes.get(result.status()).incrementAndGet();
                if (result.status() == CheckStatus.REFUSED) {
                    errors.add(target.url() + " " + result.detail());
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        int peakThreads = ManagementFactory.getThreadMXBean().getPeakThreadCount();
        server.stop(0);

        double shortestGap = requestTimes.values().stream().flatMap(times -> {
            List<Long> sorted = new ArrayList<>(times);
            sorted.sort(null);
            List<Double> gaps = new ArrayList<>();
            for (int i = 1; i < sorted.size(); i++) {
                gaps.add((sorted.get(i) - sorted.get(i - 1)) / 1e9);
            }
            return gaps.stream();
        }).mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double perSecond = targets.size() / seconds;
        System.out.printf("%nCHECKER BENCHMARK: %d URLs on %d hosts, %d threads, pacing %s%n", targets.size(), HOSTS,
                threads, PACING);
        System.out.printf("  wall %.1f s (%.0f URLs/s); outcomes %s%n", seconds, perSecond, outcomes);
        System.out.printf("  threads: %d before, peak %d; heap peak %.0f MB (all pools, includes garbage)%n",
                threadsBefore, peakThreads, peakHeap / 1048576.0);
        System.out.printf("  shortest gap between two requests to one host: %.3f s%n", shortestGap);
        System.out.printf("  national cycle, 350,000 URLs at this rate: %.1f h%n", 350_000 / perSecond / 3600);

        assertThat(errors).isEmpty();
        assertThat(outcomes.get(CheckStatus.ALIVE).get() + outcomes.get(CheckStatus.UNREACHABLE).get()).isEqualTo(targets.size());
        // Politeness holds whatever the speed: never two requests to one host within the pacing delay (a few ms of
        // scheduling slack aside).
        assertThat(shortestGap).isGreaterThan(PACING.toMillis() / 1000.0 - 0.05);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
