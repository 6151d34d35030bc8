package th.ita.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** The application's {@code /api} over HTTP Basic, as a script would call it; one node, one user per call. */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        Response expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException("HTTP " + status + " instead of " + expected + ": " + body);
            }
            return this;
        }
    }

    private ApiClient() {
    }

    static Response get(ClusterNode node, String user, String password, String path) throws IOException, InterruptedException {
        return send(request(node, user, password, path).GET().build());
    }

    static Response postJson(ClusterNode node, String user, String password, String path, Object body)
            throws IOException, InterruptedException {
        return send(request(node, user, password, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : JSON.writeValueAsString(body))).build());
    }

    static Response postYaml(ClusterNode node, String user, String password, String path, String yaml)
            throws IOException, InterruptedException {
        return send(request(node, user, password, path).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml, StandardCharsets.UTF_8)).build());
    }

    static Response putYaml(ClusterNode node, String user, String password, String path, String yaml)
            throws IOException, InterruptedException {
        return send(request(node, user, password, path).header("Content-Type", "application/yaml")
                .PUT(HttpRequest.BodyPublishers.ofString(yaml, StandardCharsets.UTF_8)).build());
    }

    /** The division's work: a report and one PDF, as {@code POST /api/tasks/{id}/work}. */
    static Response postWork(ClusterNode node, String user, String password, String taskId, byte[] pdf)
            throws IOException, InterruptedException {
        String boundary = "----cluster" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nดำเนินการแล้ว\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"evidence.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(node, user, password, "/api/tasks/" + taskId + "/work")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static HttpRequest.Builder request(ClusterNode node, String user, String password, String path) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json");
    }

    private static Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
    }
}
