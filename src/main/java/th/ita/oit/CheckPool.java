package th.ita.oit;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Fetches many URLs at once on a fixed number of threads, hosts interleaved: a national run (about 8,000
 * organisations × 40 items) spends most of its time waiting for slow websites and for the per-host pacing, so one
 * thread would take weeks. The order puts each host's URLs as far apart as the batch allows, so the threads find
 * another host's URL to fetch while one host's pacing delay runs.
 */
class CheckPool implements AutoCloseable {

    private final PageFetcher fetcher;
    private final ExecutorService threads;

    CheckPool(PageFetcher fetcher, int threads) {
        this.fetcher = fetcher;
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread thread = new Thread(r, "oit-check-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Fetches each target's URL and hands the result to {@code record} (on the fetching thread); returns when all are
     * done. {@code url} and {@code domain} read a target's address and its organisation's website domain.
     */
    <T> void run(List<T> targets, Function<T, String> url, Function<T, String> domain, BiConsumer<T, FetchResult> record)
            throws InterruptedException {
        List<Future<?>> running = new ArrayList<>(targets.size());
        for (T target : interleaved(targets, url)) {
            running.add(threads.submit(() -> record.accept(target, fetcher.fetch(url.apply(target), domain.apply(target)))));
        }
        for (Future<?> each : running) {
            try {
                each.get();
            } catch (ExecutionException e) {
                // One target's failure to record is its own; the others go on. The caller's record logs it.
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
            }
        }
    }

    /** Round robin over the hosts: a, b, c, a, b, a … instead of a, a, a, b, b, c. */
    static <T> List<T> interleaved(List<T> targets, Function<T, String> url) {
        Map<String, Deque<T>> byHost = new LinkedHashMap<>();
        for (T target : targets) {
            byHost.computeIfAbsent(host(url.apply(target)), h -> new ArrayDeque<>()).add(target);
        }
        List<T> order = new ArrayList<>(targets.size());
        while (order.size() < targets.size()) {
            for (Deque<T> queue : byHost.values()) {
                T next = queue.poll();
                if (next != null) {
                    order.add(next);
                }
            }
        }
        return order;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
