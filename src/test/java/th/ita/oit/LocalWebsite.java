package th.ita.oit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A municipality's website on this machine (JDK HttpServer on localhost): pages whose content a test changes, a
 * missing page, one that never answers, redirects on and off the site. Remembers the User-Agent of each request.
 */
class LocalWebsite implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    final List<String> userAgents = new CopyOnWriteArrayList<>();

    LocalWebsite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    /** Another name of the same machine: a different website as far as the checker is concerned. */
    String elsewhere(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A page that redirects anywhere: where an attacker's page would send the checker. */
    void redirect(String path, String location) {
        redirects.put(path, location);
    }

    void page(String path, String html) {
        pages.put(path, html);
    }

    private void handle(HttpExchange exchange) throws IOException {
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.startsWith("/slow")) {
                // Never answers while the test runs: the checker's timeout must end the wait.
                release.await();
                return;
            }
            if (path.startsWith("/moved-away")) {
                redirect(exchange, elsewhere("/o1"));
                return;
            }
            String target = redirects.get(path);
            if (target != null) {
                redirect(exchange, target);
                return;
            }
            if (path.startsWith("/moved-here")) {
                redirect(exchange, "/page");
                return;
            }
            String html = pages.get(path);
            byte[] body = (html == null ? "<h1>ไม่พบหน้า</h1>" : html).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
