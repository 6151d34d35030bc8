package th.ita.line;

import th.ita.outbound.TestPolicies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import th.ita.notification.NotificationService;
import th.ita.security.CurrentUser;
import th.ita.shared.I18n;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Notices to LINE against a local stub of the Messaging API: what is queued (linked people, division groups, only with
 * the organisation's own token), what is pushed (headers and body), retried (same retry key) and given up. The sender
 * is built here on the stub and a clock the test moves; the scheduled one is off in tests.
 */
@SpringBootTest
@ActiveProfiles("test")
class LineNotificationsTest {

    static final List<String> REMINDER_ARGS = List.of("ปรับปรุงเว็บไซต์", "กองคลัง", "30 ก.ย. 2567");

    @Autowired TestOrganisations organisations;
    @Autowired NotificationService notifications;
    @Autowired LineAdmin admin;
    @Autowired LineLinking linking;
    @Autowired LineOutbox outbox;
    @Autowired LineChannels channels;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @Autowired I18n i18n;
    @Autowired LineProperties appProperties;
    @Autowired LineWebhook webhook;

    final LineApiStub line = new LineApiStub();
    /** Real time moved on by the test: never behind the application's clock that queues the messages. */
    final AheadClock clock = new AheadClock();

    static class AheadClock extends java.time.Clock {
        private Duration ahead = Duration.ZERO;

        void advance(Duration duration) {
            ahead = ahead.plus(duration);
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.now().plus(ahead);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @AfterEach
    void stopStub() {
        line.close();
    }

    LineSender sender(int maxAttempts) {
        LineProperties properties = new LineProperties(false, line.baseUrl(), null, null,
                Duration.ofMinutes(1), null, maxAttempts, Duration.ofSeconds(5), null, 500, null, Map.of());
        return new LineSender(outbox, channels, new LineClient(properties, TestPolicies.allowingStubs("127.0.0.1")), properties, clock);
    }

    String connect(TestOrganisation org) {
        String token = "token-" + UUID.randomUUID();
        admin.saveChannel(org.user("admin"), token, "secret-" + org.prefix());
        return token;
    }

    String link(TestOrganisation org, String role) {
        String lineUser = "U" + UUID.randomUUID().toString().replace("-", "");
        String code = linking.newCode(org.user(role)).code();
        assertThat(linking.link(org.id(), code, lineUser)).contains(org.userId(role));
        return lineUser;
    }

    void remind(TestOrganisation org, String group, String processInstanceId) {
        transaction.executeWithoutResult(s -> notifications.notifyGroups(org.id(), List.of(group),
                "notification.reminder", REMINDER_ARGS, processInstanceId));
    }

    Map<String, Object> row(String lineTo) {
        return jdbc.sql("select status, attempts, last_http_status, last_error from line_outbox where line_to = ? "
                + "and recipient not like 'line:%' order by id desc limit 1").param(lineTo).query().singleRow();
    }

    @Test
    void aLinkedPersonAndTheirDivisionsGroup_getTheNoticeInThai_withTheTaskLink_tokenAndRetryKey() throws Exception {
        TestOrganisation org = organisations.onboard();
        String token = connect(org);
        String officer = link(org, "finance.officer");
        String group = "C" + UUID.randomUUID().toString().replace("-", "");
        admin.setDivisionGroup(org.user("admin"), "finance", group);
        String unlinkedWorks = "nobody";

        remind(org, "div-finance", "pi-42");
        sender(5).sendDue();

        List<LineApiStub.Request> toOfficer = line.to(officer);
        assertThat(toOfficer).hasSize(2); // the confirmation of the link, then the reminder
        LineApiStub.Request push = toOfficer.get(1);
        assertThat(push.method()).isEqualTo("POST");
        assertThat(push.path()).isEqualTo("/v2/bot/message/push");
        assertThat(push.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(push.header("Content-Type")).startsWith("application/json");
        assertThat(UUID.fromString(push.header("X-Line-Retry-Key"))).isNotNull();
        assertThat(push.header("X-Line-Retry-Key")).isNotEqualTo(toOfficer.get(0).header("X-Line-Retry-Key"));
        JsonNode body = json.readTree(push.body());
        assertThat(body.get("to").asText()).isEqualTo(officer);
        assertThat(body.get("messages")).hasSize(1);
        assertThat(body.get("messages").get(0).get("type").asText()).isEqualTo("text");
        assertThat(body.get("messages").get(0).get("text").asText())
                .startsWith(i18n.getTranslation("notification.reminder", I18n.THAI, REMINDER_ARGS.toArray()))
                .endsWith(" " + appProperties.appBaseUrl() + "/measures/pi-42/history");
        assertThat(line.to(group)).hasSize(1);
        assertThat(line.to(group).get(0).body()).isEqualTo(push.body().replace(officer, group));
        assertThat(row(officer)).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 1);
        assertThat(admin.deliveries(org.user("admin"))).extracting(Delivery::status).containsOnly(DeliveryStatus.SENT);
        assertThat(line.to(unlinkedWorks)).isEmpty();
    }

    @Test
    void aServerError_isRetriedLaterWithTheSameRetryKey_andThenSent() {
        TestOrganisation org = organisations.onboard();
        connect(org);
        String officer = link(org, "works.officer");
        LineSender sender = sender(5);
        sender.sendDue(); // the confirmation of the link
        line.answer(500);

        remind(org, "div-works", null);
        sender.sendDue();
        assertThat(row(officer)).containsEntry("STATUS", "RETRYING").containsEntry("ATTEMPTS", 1)
                .containsEntry("LAST_HTTP_STATUS", 500);
        sender.sendDue();
        assertThat(line.to(officer)).hasSize(2); // not due again before its backoff

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        sender.sendDue();

        List<LineApiStub.Request> pushes = line.to(officer);
        assertThat(pushes).hasSize(3);
        assertThat(pushes.get(2).header("X-Line-Retry-Key")).isEqualTo(pushes.get(1).header("X-Line-Retry-Key"));
        assertThat(pushes.get(2).body()).isEqualTo(pushes.get(1).body());
        assertThat(row(officer)).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 2);
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aMessageGivenUp_isLogged_withoutTheChannelsTokenOrSecret(org.springframework.boot.test.system.CapturedOutput output) {
        TestOrganisation org = organisations.onboard();
        String token = "token-" + UUID.randomUUID();
        String secret = "secret-" + UUID.randomUUID();
        admin.saveChannel(org.user("admin"), token, secret);
        String officer = link(org, "finance.officer");
        LineSender sender = sender(2);
        sender.sendDue();

        line.answer(400);
        remind(org, "div-finance", null);
        sender.sendDue();

        assertThat(row(officer)).containsEntry("STATUS", "FAILED");
        assertThat(output.getAll()).contains("given up").doesNotContain(token).doesNotContain(secret);
    }

    @Test
    void aBadRequest_isGivenUpAtOnce_andTooManyFailuresToo() {
        TestOrganisation org = organisations.onboard();
        connect(org);
        String officer = link(org, "education.officer");
        LineSender sender = sender(2);
        sender.sendDue();

        line.answer(400);
        remind(org, "div-education", null);
        sender.sendDue();
        clock.advance(Duration.ofHours(1));
        sender.sendDue();
        assertThat(line.to(officer)).hasSize(2);
        assertThat(row(officer)).containsEntry("STATUS", "FAILED").containsEntry("ATTEMPTS", 1)
                .containsEntry("LAST_HTTP_STATUS", 400);
        assertThat((String) row(officer).get("LAST_ERROR")).startsWith("HTTP 400");

        line.answer(503, 429);
        remind(org, "div-education", null);
        sender.sendDue();
        clock.advance(Duration.ofHours(1));
        sender.sendDue();
        clock.advance(Duration.ofHours(1));
        sender.sendDue();
        assertThat(line.to(officer)).hasSize(4);
        assertThat(row(officer)).containsEntry("STATUS", "FAILED").containsEntry("ATTEMPTS", 2)
                .containsEntry("LAST_HTTP_STATUS", 429);
    }

    @Test
    void eachOrganisationsPeople_getMessagesWithItsOwnTokenOnly_andNoneWithoutAToken() {
        TestOrganisation a = organisations.onboard();
        TestOrganisation b = organisations.onboard();
        TestOrganisation none = organisations.onboard();
        String tokenA = connect(a);
        String tokenB = connect(b);
        String officerA = link(a, "finance.officer");
        String officerB = link(b, "finance.officer");
        String officerNone = link(none, "finance.officer");

        remind(a, "div-finance", null);
        remind(b, "div-finance", null);
        remind(none, "div-finance", null);
        sender(5).sendDue();

        assertThat(line.to(officerA)).hasSize(2).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + tokenA));
        assertThat(line.to(officerB)).hasSize(2).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + tokenB));
        // Linked (the confirmation is queued and given up for want of a token), but no notice queued: no channel.
        assertThat(line.to(officerNone)).isEmpty();
        assertThat(jdbc.sql("select count(*) from line_outbox where organisation_id = ? and recipient not like 'line:%' "
                + "and status <> 'FAILED'").param(none.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aCode_linksOnceForItsOwnOrganisation_andNotAfterItExpires() {
        TestOrganisation a = organisations.onboard();
        TestOrganisation b = organisations.onboard();
        CurrentUser officer = a.user("works.officer");
        String code = linking.newCode(officer).code();

        assertThat(code).matches("\\d{6}");
        assertThat(linking.link(b.id(), code, "Uother")).isEmpty();
        assertThat(linking.isLinked(officer)).isFalse();
        assertThat(linking.link(a.id(), code, "Uworks-" + a.prefix())).contains(officer.userId());
        assertThat(linking.isLinked(officer)).isTrue();
        assertThat(linking.link(a.id(), code, "Uthief")).isEmpty();

        linking.unlink(officer);
        assertThat(linking.isLinked(officer)).isFalse();
    }

    @Test
    void theAdminScreen_neverShowsTheTokenBack_andRefusesAForeignAdmin() {
        TestOrganisation org = organisations.onboard();
        String token = connect(org);

        LineAdmin.ChannelState state = admin.channel(org.user("admin"));
        assertThat(state.tokenMasked()).endsWith(token.substring(token.length() - 4)).doesNotContain(token.substring(0, 10));
        assertThat(state.webhookPath()).isEqualTo("/api/line/webhook/" + org.id());
        assertThatThrownBy(() -> admin.channel(org.user("coordinator")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> admin.saveChannel(org.user("admin"), "short", null))
                .isInstanceOf(th.ita.shared.UserInputException.class);
        assertThatThrownBy(() -> admin.saveChannel(org.user("admin"), "โทเค็นที่คัดลอกมาผิด-0123456789", null))
                .isInstanceOf(th.ita.shared.UserInputException.class);
        assertThat(channels.token(org.id())).contains(token);
    }

    @Test
    void aLineUserGuessingCodes_isIgnoredAfterTenWrongOnes_evenWithTheRightOne() {
        TestOrganisation org = organisations.onboard();
        connect(org);
        String secret = "secret-" + org.prefix();
        String code = linking.newCode(org.user("office.officer")).code();
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < LineWebhook.WRONG_CODES_PER_HOUR; i++) {
            assertThat(sendCode(org, secret, "Uguesser", wrong)).isTrue();
        }
        sendCode(org, secret, "Uguesser", code);
        assertThat(linking.isLinked(org.user("office.officer"))).isFalse();

        sendCode(org, secret, "Uowner", code);
        assertThat(linking.isLinked(org.user("office.officer"))).isTrue();
    }

    boolean sendCode(TestOrganisation org, String secret, String lineUser, String code) {
        byte[] body = ("{\"events\":[{\"type\":\"message\",\"source\":{\"type\":\"user\",\"userId\":\"" + lineUser
                + "\"},\"message\":{\"type\":\"text\",\"text\":\"" + code + "\"}}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            return webhook.receive(org.id(), java.util.Base64.getEncoder().encodeToString(mac.doFinal(body)), body);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
