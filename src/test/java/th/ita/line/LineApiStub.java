package th.ita.line;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The LINE Messaging API's push endpoint on this machine: records every request and answers with the statuses the
 * test queued (200 once they run out), each with the headers and after the delay the test asked for.
 */
class LineApiStub implements AutoCloseable {

    record Request(String method, String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();

    /** One queued answer: its status, extra headers and how long the stub waits before giving it. */
    record Answer(int status, Map<String, String> headers, Duration delay) {

        static Answer of(int status) {
            return new Answer(status, Map.of(), Duration.ZERO);
        }
    }

    LineApiStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            Answer next;
            synchronized (answers) {
                next = answers.isEmpty() ? Answer.of(200) : answers.poll();
            }
            sleep(next.delay());
            int status = next.status();
            next.headers().forEach(exchange.getResponseHeaders()::add);
            byte[] answer = (status == 200 ? "{\"sentMessages\":[{\"id\":\"1\"}]}" : "{\"message\":\"stub " + status + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void answer(Integer... next) {
        for (int status : next) {
            answer(Answer.of(status));
        }
    }

    void answer(Answer next) {
        synchronized (answers) {
            answers.add(next);
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The requests that pushed to this LINE user or group. */
    List<Request> to(String lineTo) {
        return requests.stream().filter(r -> r.body().contains("\"to\":\"" + lineTo + "\"")).toList();
    }

    List<Request> all() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
