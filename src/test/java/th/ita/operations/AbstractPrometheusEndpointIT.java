package th.ita.operations;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import th.ita.workflow.Groups;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's scrape: only a platform administrator reads {@code /actuator/prometheus}, over HTTP Basic; the
 * page has the application's own figures (open tasks of the demo, link checks by state, the LINE outbox) beside
 * Spring's request latency. Subclasses choose the database.
 */
abstract class AbstractPrometheusEndpointIT {

    static final String SCRAPER = "prometheus.scraper";
    static final String SCRAPER_PASSWORD = "Vx8!Meter-Lantern";

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    @Autowired IdentityService identity;

    /** The scraper's own platform-administrator account, as docs/OPERATIONS.md tells the operator to make. */
    @BeforeEach
    void aScraperAccount() {
        if (identity.createUserQuery().userId(SCRAPER).count() == 0) {
            User user = identity.newUser(SCRAPER);
            user.setFirstName("Prometheus");
            user.setLastName("Scraper");
            user.setPassword(SCRAPER_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(SCRAPER, Groups.PLATFORM_ADMIN);
        }
    }

    TestRestTemplate scraper() {
        return rest.withBasicAuth(SCRAPER, SCRAPER_PASSWORD);
    }

    @Test
    void onlyAPlatformAdministratorScrapes() {
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("mayor", "demo").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theScrapeHasTheApplicationsFigures() {
        // A request first, so that the latency series exists.
        scraper().getForEntity("/api/organisations", String.class);
        long openTasks = jdbc.sql("select count(*) from act_ru_task").query(Long.class).single();

        ResponseEntity<String> scrape = scraper().getForEntity("/actuator/prometheus", String.class);

        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scrape.getBody())
                .contains("ita_tasks_open " + (double) openTasks)
                .contains("ita_tasks_overdue ", "ita_jobs_executable ", "ita_jobs_failed ", "ita_incidents_open ")
                .contains("ita_link_checks{state=\"REFUSED\"}", "ita_link_checks{state=\"ALIVE\"}")
                .contains("ita_line_outbox{state=\"PENDING\"}")
                .contains("http_server_requests_seconds_count");
        assertThat(openTasks).isPositive();
    }
}
