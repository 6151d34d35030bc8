package th.ita.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The LINE Messaging API's push endpoint on this machine: answers 200 and keeps who got which text. */
final class LinePushStub implements AutoCloseable {

    record Push(String to, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Push> pushes = new CopyOnWriteArrayList<>();

    LinePushStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            pushes.add(new Push(body.path("to").asText(), body.path("messages").path(0).path("text").asText()));
            byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    /** On "localhost", the test profile's stub host (ita.outbound.stub-hosts). */
    URI baseUrl() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    List<Push> to(String lineUserId) {
        return pushes.stream().filter(p -> p.to().equals(lineUserId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
