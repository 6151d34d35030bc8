package th.ita.plan;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Every path of the plan process again, on a real PostgreSQL (the production profile's database). */
@SpringBootTest(properties = {
        "spring.datasource.url=${ITA_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/test}",
        "ita.demo.enabled=true",
        "ita.demo.plan=false",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
class ImprovementPlanProcessOnPostgresIT extends ImprovementPlanProcessTest {
}
