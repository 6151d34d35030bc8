package th.ita.assessment.api;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${ITA_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/test}",
        "ita.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
class ProvinceResultImportOnPostgresIT extends AbstractProvinceResultImportIT {
}
