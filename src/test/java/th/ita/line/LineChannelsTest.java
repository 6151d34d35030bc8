package th.ita.line;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Where an organisation's token comes from: properties, then ITA_LINE_TOKEN_<id>, each for its own organisation only. */
class LineChannelsTest {

    @Test
    void theEnvironmentGivesEachOrganisationItsOwnToken() {
        LineProperties properties = new LineProperties(null, null, null, null, null, null, null, null, null, null, null,
                Map.of(7L, new LineProperties.Channel("token-of-7", "secret-of-7", null)));
        MockEnvironment environment = new MockEnvironment().withProperty("ITA_LINE_TOKEN_8", "token-of-8")
                .withProperty("ITA_LINE_SECRET_8", "secret-of-8");
        LineChannels channels = new LineChannels(properties, environment, new LineChannelRepository(mock(JdbcClient.class)));

        assertThat(channels.token(7)).contains("token-of-7");
        assertThat(channels.secret(7)).contains("secret-of-7");
        assertThat(channels.token(8)).contains("token-of-8");
        assertThat(channels.secret(8)).contains("secret-of-8");
        assertThat(channels.configuredOutside(8)).isTrue();
        assertThat(properties.organisations().get(7L).toString()).doesNotContain("token-of-7");
    }

    @Test
    void theBasicId_comesFromPropertiesOrTheEnvironment_withItsAtSign_andNothingElseGoesThrough() {
        LineProperties properties = new LineProperties(null, null, null, null, null, null, null, null, null, null, null,
                Map.of(7L, new LineProperties.Channel(null, null, "@ita-7"), 9L, new LineProperties.Channel(null, null,
                        "@x\"><script>")));
        MockEnvironment environment = new MockEnvironment().withProperty("ITA_LINE_BASIC_ID_8", "ita.8");
        LineChannels channels = new LineChannels(properties, environment, mock(LineChannelRepository.class));

        assertThat(channels.basicId(7)).contains("@ita-7");
        assertThat(channels.basicId(8)).contains("@ita.8");
        assertThat(channels.basicId(9)).isEmpty();
        assertThat(channels.basicId(10)).isEmpty();
    }

    @Test
    void unsetBaseUrl_isNoConfiguredAddress_butMessagesStillGetOne() {
        LineProperties unset = new LineProperties(null, null, " ", null, null, null, null, null, null, null, null, null);
        LineProperties set = new LineProperties(null, null, "https://ita.example.go.th/", null, null, null, null, null,
                null, null, null, null);

        assertThat(unset.configuredAppBaseUrl()).isEmpty();
        assertThat(unset.appBaseUrl()).isEqualTo("http://localhost:8080");
        assertThat(set.configuredAppBaseUrl()).contains("https://ita.example.go.th");
        assertThat(set.appBaseUrl()).isEqualTo("https://ita.example.go.th");
    }

    @Test
    void aMaskedSecret_showsOnlyItsLastFourCharacters() {
        assertThat(LineChannels.masked(Optional.of("abcdefghij1234"))).isEqualTo("••••1234");
        assertThat(LineChannels.masked(Optional.empty())).isEmpty();
        assertThat(LineChannels.masked(Optional.of("short1234"))).isEqualTo("••••");
    }

    @Test
    void theSignature_isTheBase64HmacOfTheBody() {
        // From LINE's documentation of the algorithm: HMAC-SHA256 with the channel secret, Base64.
        byte[] body = "{\"events\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String good = java.util.Base64.getEncoder().encodeToString(hmac("s3cret", body));
        assertThat(LineWebhook.signatureMatches("s3cret", good, body)).isTrue();
        assertThat(LineWebhook.signatureMatches("other", good, body)).isFalse();
        assertThat(LineWebhook.signatureMatches("s3cret", good, "{\"events\":[1]}".getBytes())).isFalse();
    }

    @Test
    void aSignatureThatIsNotBase64_isWrong_notAnError() {
        byte[] body = "{\"events\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(LineWebhook.signatureMatches("s3cret", "not base64 at all!", body)).isFalse();
        assertThat(LineWebhook.signatureMatches("s3cret", "", body)).isFalse();
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
