package th.ita.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import org.springframework.test.context.ActiveProfiles;

// Spring Boot switches metrics export off in tests unless asked: this test is about the export.
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PrometheusEndpointOnH2IT extends AbstractPrometheusEndpointIT {

    /** The dashboard and the alert rules in docs/ are valid and name only series the application really has. */
    @Test
    void theDocsDashboardAndAlertsNameRealSeries() throws Exception {
        String scrape = scraper().getForEntity("/actuator/prometheus", String.class).getBody();
        String alerts = Files.readString(Path.of("docs/grafana/alerts.yml"));
        String dashboard = Files.readString(Path.of("docs/grafana/ita-workflow.json"));
        assertThat(new Yaml().<Map<String, Object>>load(alerts)).containsKey("groups");
        assertThat(new ObjectMapper().readTree(dashboard).get("panels")).isNotEmpty();

        Matcher names = Pattern.compile("\\b(ita_[a-z_]+|hikaricp_[a-z_]+|http_server_requests_seconds[a-z_]*)").matcher(alerts + dashboard);
        List<String> named = names.results().map(m -> m.group(1)).distinct().toList();
        assertThat(named).contains("ita_tasks_open", "ita_jobs_executable", "ita_line_outbox");
        for (String series : named) {
            assertThat(scrape).as(series).contains(series);
        }
    }

}
