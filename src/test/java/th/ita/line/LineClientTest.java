package th.ita.line;

import th.ita.outbound.TestPolicies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import th.ita.line.LineApiStub.Answer;
import th.ita.line.LineClient.Outcome;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The push through LINE's Java SDK against a local stub of the Messaging API: what the SDK sends (token, retry key,
 * body, its own User-Agent), and how each answer is read (sent, try again, give up), without ever throwing or logging
 * the token.
 */
@ExtendWith(OutputCaptureExtension.class)
class LineClientTest {

    static final long ORGANISATION = 7;

    final LineApiStub line = new LineApiStub();
    final ObjectMapper json = new ObjectMapper();
    final String token = "channel-token-" + UUID.randomUUID();

    @AfterEach
    void stopStub() {
        line.close();
    }

    static LineClient client(URI api, Duration timeout) {
        return new LineClient(new LineProperties(false, api, null, null, null, null, null, timeout, null, null, null, Map.of()), TestPolicies.allowingStubs("127.0.0.1"));
    }

    LineClient client() {
        return client(line.baseUrl(), Duration.ofSeconds(5));
    }

    @Test
    void theSdkPushesTheText_withTheBearerToken_theRetryKey_andItsOwnUserAgent() throws Exception {
        UUID retryKey = UUID.randomUUID();

        LineClient.Result result = client().push(ORGANISATION, token, "Uofficer", "ใกล้ครบกำหนด: มาตรการ", retryKey);

        assertThat(result.outcome()).isEqualTo(Outcome.SENT);
        assertThat(result.httpStatus()).isEqualTo(200);
        LineApiStub.Request push = line.all().get(0);
        assertThat(push.method()).isEqualTo("POST");
        assertThat(push.path()).isEqualTo("/v2/bot/message/push");
        assertThat(push.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(push.header("X-Line-Retry-Key")).isEqualTo(retryKey.toString());
        assertThat(push.header("Content-Type")).startsWith("application/json");
        // The SDK names itself; the JDK's HttpClient would say "Java-http-client/…", OkHttp alone "okhttp/…".
        assertThat(push.header("User-Agent")).startsWith("line-botsdk-java/");
        JsonNode body = json.readTree(push.body());
        assertThat(body.get("to").asText()).isEqualTo("Uofficer");
        assertThat(body.get("messages")).hasSize(1);
        assertThat(body.get("messages").get(0).get("type").asText()).isEqualTo("text");
        assertThat(body.get("messages").get(0).get("text").asText()).isEqualTo("ใกล้ครบกำหนด: มาตรการ");
    }

    @Test
    void anApiAddressInsideTheNetwork_isNeverConnectedTo() {
        // Only the address rule stands between the push and the stub: its port is allowed, its host is no stub host.
        var properties = new th.ita.outbound.OutboundProperties(java.util.Set.of(443, line.baseUrl().getPort()), java.util.Set.of());
        LineClient guarded = new LineClient(new LineProperties(false, line.baseUrl(), null, null, null, null, null,
                Duration.ofSeconds(5), null, null, null, Map.of()),
                new th.ita.outbound.OutboundPolicy(properties, java.net.InetAddress::getAllByName));

        LineClient.Result result = guarded.push(ORGANISATION, token, "Uofficer", "ข้อความ", UUID.randomUUID());

        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.error()).contains("127.0.0.1");
        assertThat(line.all()).isEmpty();
    }

    @Test
    void anApiAddressOnAPortNotAllowed_isNotAsked() {
        LineClient guarded = new LineClient(new LineProperties(false, line.baseUrl(), null, null, null, null, null,
                Duration.ofSeconds(5), null, null, null, Map.of()), TestPolicies.publicOnly());

        assertThat(guarded.push(ORGANISATION, token, "Uofficer", "ข้อความ", UUID.randomUUID()).outcome()).isEqualTo(Outcome.RETRY);
        assertThat(line.all()).isEmpty();
    }

    @Test
    void aTextLongerThanLineTakes_isCutTo5000Characters() throws Exception {
        client().push(ORGANISATION, token, "Uofficer", "ก".repeat(6000), UUID.randomUUID());

        String sent = json.readTree(line.all().get(0).body()).get("messages").get(0).get("text").asText();
        assertThat(sent).hasSize(5000).endsWith("ก…");
    }

    @Test
    void aConflict_meansAnEarlierAttemptGotThrough() {
        line.answer(409);

        LineClient.Result result = client().push(ORGANISATION, token, "Uofficer", "text", UUID.randomUUID());

        assertThat(result.outcome()).isEqualTo(Outcome.SENT);
        assertThat(result.httpStatus()).isEqualTo(409);
    }

    @Test
    void tooManyRequests_isTriedAgain_afterTheWaitLineAskedFor() {
        line.answer(new Answer(429, Map.of("Retry-After", "120"), Duration.ZERO));

        LineClient.Result result = client().push(ORGANISATION, token, "Uofficer", "text", UUID.randomUUID());

        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.httpStatus()).isEqualTo(429);
        assertThat(result.retryAfter()).contains(Duration.ofMinutes(2));
        assertThat(result.error()).startsWith("HTTP 429: stub 429");
    }

    @Test
    void aServerError_isTriedAgain_andARefusal_isGivenUp() {
        line.answer(503, 400);
        LineClient client = client();

        LineClient.Result serverError = client.push(ORGANISATION, token, "Uofficer", "text", UUID.randomUUID());
        LineClient.Result refused = client.push(ORGANISATION, token, "Uofficer", "text", UUID.randomUUID());

        assertThat(serverError.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(serverError.httpStatus()).isEqualTo(503);
        assertThat(serverError.retryAfter()).isEmpty();
        assertThat(refused.outcome()).isEqualTo(Outcome.GIVE_UP);
        assertThat(refused.httpStatus()).isEqualTo(400);
        assertThat(refused.error()).startsWith("HTTP 400: stub 400");
    }

    @Test
    void noServer_orNoAnswerInTime_isTriedAgain_withoutThrowing() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        LineClient.Result refused = client(closed, Duration.ofSeconds(2))
                .push(ORGANISATION, token, "Uofficer", "text", UUID.randomUUID());
        line.answer(new Answer(200, Map.of(), Duration.ofSeconds(3)));
        LineClient.Result slow = client(line.baseUrl(), Duration.ofMillis(500))
                .push(ORGANISATION, token, "Uofficer", "text", UUID.randomUUID());

        assertThat(refused.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(refused.httpStatus()).isNull();
        assertThat(refused.error()).contains("ConnectException");
        assertThat(slow.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(slow.httpStatus()).isNull();
    }

    @Test
    void aNewTokenOfTheOrganisation_isUsedFromTheNextPush() {
        LineClient client = client();
        String newToken = "new-channel-token-" + UUID.randomUUID();

        client.push(ORGANISATION, token, "Uofficer", "before", UUID.randomUUID());
        client.push(ORGANISATION, newToken, "Uofficer", "after", UUID.randomUUID());
        client.push(ORGANISATION + 1, token, "Uother", "other organisation", UUID.randomUUID());

        assertThat(line.all()).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer " + token, "Bearer " + newToken, "Bearer " + token);
    }

    @Test
    void theTokenIsNeverLogged(CapturedOutput output) {
        line.answer(500, 400);
        LineClient client = client();

        client.push(ORGANISATION, token, "Uofficer", "text", UUID.randomUUID());
        client.push(ORGANISATION, token, "Uofficer", "text", UUID.randomUUID());
        LineClient.Result refused = client.push(ORGANISATION, token, "Uofficer", "text", UUID.randomUUID());

        assertThat(line.all()).hasSize(3);
        assertThat(output.getAll()).doesNotContain(token);
        assertThat(refused.toString()).doesNotContain(token);
    }

    @Test
    void aTokenThatCannotBeAHeader_failsWithoutShowingIt(CapturedOutput output) {
        String broken = "โทเค็น-" + token;

        LineClient.Result result = client().push(ORGANISATION, broken, "Uofficer", "text", UUID.randomUUID());

        assertThat(line.all()).isEmpty();
        assertThat(result.outcome()).isEqualTo(Outcome.GIVE_UP);
        assertThat(result.toString()).doesNotContain(token);
        assertThat(output.getAll()).doesNotContain(token);
    }
}
