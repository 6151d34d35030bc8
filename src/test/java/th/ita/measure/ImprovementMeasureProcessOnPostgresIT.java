package th.ita.measure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Every path of the measure process again, on a real PostgreSQL (the production profile's database). */
@SpringBootTest(properties = {
        "spring.datasource.url=${ITA_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/test}",
        "ita.demo.enabled=true",
        "ita.demo.plan=false",
        "camunda.bpm.job-execution.enabled=false",
        "spring.mail.host=127.0.0.1", "ita.reminders.days-before-due=7"})
@ActiveProfiles("postgres")
class ImprovementMeasureProcessOnPostgresIT extends ImprovementMeasureProcessTest {
}
