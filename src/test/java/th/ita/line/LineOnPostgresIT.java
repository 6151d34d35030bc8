package th.ita.line;

import th.ita.outbound.TestPolicies;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import th.ita.support.TestOrganisations;
import th.ita.support.TestOrganisations.TestOrganisation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LINE tables' SQL on PostgreSQL (the unit tests run on H2): linking by code, a division's group, and one message
 * queued, claimed, failed with a 500, retried with the same key, sent, and listed for the administrator. The message
 * is queued ten years ahead and sent by a sender whose clock is that far ahead, so that no other node's (context's)
 * scheduled sender touches it; the token is given to this test's sender only.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${ITA_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/test}",
        "ita.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=false",
        "ita.line.enabled=false"})
@ActiveProfiles("postgres")
class LineOnPostgresIT {

    @Autowired TestOrganisations organisations;
    @Autowired LineLinking linking;
    @Autowired LineAdmin admin;
    @Autowired LineOutbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired Environment environment;

    final LineApiStub line = new LineApiStub();

    @AfterEach
    void stopStub() {
        line.close();
    }

    @Test
    void linkQueueClaimRetryAndSend_onPostgres() {
        TestOrganisation org = organisations.onboard();
        String lineUser = "U" + UUID.randomUUID().toString().replace("-", "");
        assertThat(linking.link(org.id(), linking.newCode(org.user("works.officer")).code(), lineUser))
                .contains(org.userId("works.officer"));
        assertThat(linking.isLinked(org.user("works.officer"))).isTrue();
        String group = "C" + UUID.randomUUID().toString().replace("-", "");
        admin.setDivisionGroup(org.user("admin"), "works", group);
        assertThat(admin.divisionGroups(org.user("admin"))).hasSize(TestOrganisations.DIVISIONS.size())
                .anySatisfy(g -> assertThat(g.lineGroupId()).isEqualTo(group));

        // The link's confirmation is not this test's business: only the message below goes to the stub.
        jdbc.sql("delete from line_outbox where organisation_id = ?").param(org.id()).update();
        Duration tenYears = Duration.ofDays(3650);
        outbox.enqueue(org.id(), org.userId("works.officer"), lineUser, "ทดสอบ LINE", OffsetDateTime.now().plus(tenYears));
        LineNotificationsTest.AheadClock clock = new LineNotificationsTest.AheadClock();
        clock.advance(tenYears.plusSeconds(1));
        String token = "token-" + UUID.randomUUID();
        LineProperties properties = new LineProperties(false, line.baseUrl(), null, null, Duration.ofMinutes(1), null, 5,
                Duration.ofSeconds(5), null, 500, null, Map.of(org.id(), new LineProperties.Channel(token, null, null)));
        LineSender sender = new LineSender(outbox, new LineChannels(properties, environment, new LineChannelRepository(jdbc)),
                new LineClient(properties, TestPolicies.allowingStubs("127.0.0.1")), properties, clock);

        line.answer(500);
        sender.sendDue();
        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();

        assertThat(line.to(lineUser)).hasSize(2).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + token));
        assertThat(line.to(lineUser).get(1).header("X-Line-Retry-Key")).isEqualTo(line.to(lineUser).get(0).header("X-Line-Retry-Key"));
        assertThat(admin.deliveries(org.user("admin"))).filteredOn(d -> d.status() == DeliveryStatus.SENT).singleElement()
                .satisfies(d -> {
                    assertThat(d.attempts()).isEqualTo(2);
                    assertThat(d.lastHttpStatus()).isEqualTo(200);
                    assertThat(d.sentAt()).isNotNull();
                });
    }
}
