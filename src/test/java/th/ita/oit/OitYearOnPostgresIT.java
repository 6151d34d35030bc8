package th.ita.oit;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link AbstractOitYearIT} on a real PostgreSQL; the URL comes from {@code ITA_TEST_POSTGRES_URL}, by default the local database {@code test}. */
@SpringBootTest(properties = {
        "spring.datasource.url=${ITA_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/test}",
        "ita.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
class OitYearOnPostgresIT extends AbstractOitYearIT {
}
