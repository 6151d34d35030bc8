package th.ita.line;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one call we make to the LINE Messaging API: a push of one text message. Plain JDK HTTP (the LINE Java SDK is
 * not on our Maven mirror); the request is the SDK's. Never throws: the answer says whether to try again.
 */
@Component
class LineClient {

    private static final int MAX_TEXT = 5000;

    private final LineProperties properties;
    private final ObjectMapper json;
    private final HttpClient http;

    LineClient(LineProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    enum Outcome { SENT, RETRY, GIVE_UP }

    /** @param retryAfter the wait LINE asked for (429), if any */
    record Result(Outcome outcome, Integer httpStatus, String error, Optional<Duration> retryAfter) {
    }

    Result push(String token, String to, String text, UUID retryKey) {
        try {
            String body = json.writeValueAsString(Map.of("to", to,
                    "messages", List.of(Map.of("type", "text", "text", cut(text)))));
            HttpRequest request = HttpRequest.newBuilder(properties.apiBaseUrl().resolve("/v2/bot/message/push"))
                    .timeout(properties.timeout())
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header("X-Line-Retry-Key", retryKey.toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            // 409: LINE already accepted a request with this retry key, i.e. an earlier attempt got through.
            if (status / 100 == 2 || status == 409) {
                return new Result(Outcome.SENT, status, null, Optional.empty());
            }
            Outcome outcome = status == 429 || status >= 500 ? Outcome.RETRY : Outcome.GIVE_UP;
            return new Result(outcome, status, "HTTP " + status + ": " + shortBody(response.body()), retryAfter(response));
        } catch (IOException e) {
            return new Result(Outcome.RETRY, null, e.getClass().getSimpleName() + ": " + e.getMessage(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Outcome.RETRY, null, "interrupted", Optional.empty());
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        try {
            return response.headers().firstValue("Retry-After").map(s -> Duration.ofSeconds(Long.parseLong(s.strip())));
        } catch (NumberFormatException dateForm) {
            return Optional.empty();
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private static String shortBody(String body) {
        return body == null ? "" : body.length() <= 300 ? body : body.substring(0, 300);
    }
}
