package th.ita.handoff;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;

/**
 * On PostgreSQL, where other test contexts of the same run share the database and run their own scheduled senders
 * on the real time: this context's clock is ten years ahead, so its notices and LINE messages are never due for them.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${ITA_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/test}",
        "ita.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"test", "postgres"})
class HandoffOnPostgresIT extends AbstractHandoffIT {

    @BeforeEach
    void aheadOfOtherNodes() {
        if (clock.instant().isBefore(Instant.now().plus(Duration.ofDays(3000)))) {
            clock.advance(Duration.ofDays(3650));
        }
    }
}
