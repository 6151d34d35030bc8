package th.ita.line.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import th.ita.line.LineAdmin;
import th.ita.line.LineLinking;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/line/webhook/{organisationId}} through the whole filter chain (no login, no CSRF token, as LINE
 * calls it): a body signed with the organisation's channel secret links the sender by their code; a forged or
 * missing signature, or one made with another organisation's secret, is refused and links nobody.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LineWebhookIT {

    @Autowired TestRestTemplate rest;
    @Autowired TestOrganisations organisations;
    @Autowired LineAdmin admin;
    @Autowired LineLinking linking;

    @Test
    void aSignedCode_linksTheSender_aForgedOrForeignSignatureIsRefused() throws Exception {
        TestOrganisation org = organisations.onboard();
        TestOrganisation other = organisations.onboard();
        String secret = "secret-" + org.prefix();
        admin.saveChannel(org.user("admin"), "token-for-" + org.prefix() + "-0123456789", secret);
        admin.saveChannel(other.user("admin"), "token-for-" + other.prefix() + "-0123456789", "secret-" + other.prefix());
        String code = linking.newCode(org.user("finance.officer")).code();
        String body = "{\"destination\":\"Ubot\",\"events\":[{\"type\":\"message\",\"replyToken\":\"r\","
                + "\"source\":{\"type\":\"user\",\"userId\":\"U" + org.prefix() + "\"},"
                + "\"message\":{\"id\":\"1\",\"type\":\"text\",\"text\":\" " + code + " \"}}]}";

        assertThat(post(org.id(), body, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post(org.id(), body, sign("forged", body)).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post(org.id(), body, sign("secret-" + other.prefix(), body)).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post(org.id(), body.replace(code, "000000"), sign(secret, body)).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(linking.isLinked(org.user("finance.officer"))).isFalse();

        assertThat(post(org.id(), body, sign(secret, body)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(linking.isLinked(org.user("finance.officer"))).isTrue();
    }

    @Test
    void linesVerifyCall_withNoEvents_isAnswered200() throws Exception {
        TestOrganisation org = organisations.onboard();
        admin.saveChannel(org.user("admin"), null, "secret-" + org.prefix());
        String body = "{\"destination\":\"Ubot\",\"events\":[]}";
        assertThat(post(org.id(), body, sign("secret-" + org.prefix(), body)).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> post(long organisationId, String body, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            headers.set("X-Line-Signature", signature);
        }
        return rest.postForEntity("/api/line/webhook/" + organisationId,
                new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }

    private static String sign(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
