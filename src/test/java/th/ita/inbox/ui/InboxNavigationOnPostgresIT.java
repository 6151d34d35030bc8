package th.ita.inbox.ui;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import th.ita.support.CountingDataSourceConfig;

/** The inbox navigation's statements on PostgreSQL (the production database); the URL from ITA_TEST_POSTGRES_URL. */
@SpringBootTest(properties = {
        "spring.datasource.url=${ITA_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/test}",
        "ita.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
@Import(CountingDataSourceConfig.class)
class InboxNavigationOnPostgresIT extends AbstractInboxNavigationIT {
}
