package th.ita.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import th.ita.workflow.Groups;
import th.ita.support.TestOrganisations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away under a running node and comes back (issue 26): the test's datasource reaches the database
 * through a {@link TcpProxy} that the test cuts and restores (the shared server itself must keep running for the
 * other test runs). While it is cut, the API answers within seconds with 503, {@code Retry-After} and a Thai problem
 * detail (also where the request's own sign-in needs the database), readiness is DOWN so that a load balancer stops
 * sending requests, liveness stays UP so that nobody restarts the node; once it is restored everything works again
 * without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ita.demo.enabled=false", "ita.line.enabled=false", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
class DatabaseOutageIT {

    static final String ADMIN = "outage.admin";
    static final String ADMIN_PASSWORD = "Vx8!Storm-Lantern";
    /** The pool's wait (application.properties, 5 s) and a margin for a busy build machine. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(12);

    static String database;
    static TcpProxy proxy;

    @LocalServerPort int port;
    /** A plain client: Spring's TestRestTemplate would follow Retry-After by itself and wait the 30 s. */
    final HttpClient http = HttpClient.newHttpClient();
    @Autowired IdentityService identity;
    @Autowired TestOrganisations organisations;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws Exception {
        database = DrillDatabases.freshDatabase("outage");
        URI server = URI.create(database.substring("jdbc:".length()));
        proxy = new TcpProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath());
    }

    @AfterAll
    static void closeProxy() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        DrillDatabases.drop(database);
    }

    @Test
    void whileTheDatabaseIsAway_requestsAnswer503Quickly_readinessIsDown_andAllResumesWithoutRestart() throws Exception {
        anAdministrator();
        assertThat(organisationsAnswer().statusCode()).isEqualTo(200);
        assertThat(status(get("/actuator/health/readiness", null))).isEqualTo("UP");

        proxy.cut();
        try {
            HttpResponse<String> refused = timed(this::organisationsAnswer);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            JsonNode problem = new ObjectMapper().readTree(refused.body());
            assertThat(problem.get("detail").asText()).startsWith("ระบบขัดข้องชั่วคราว").contains("กรุณาลองใหม่");
            assertThat(problem.get("status").asInt()).isEqualTo(503);

            HttpResponse<String> readiness = timed(() -> get("/actuator/health/readiness", null));
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(status(readiness)).isEqualTo("DOWN");
            assertThat(get("/actuator/health/liveness", null).statusCode()).as("no restart for an outage").isEqualTo(200);
        } finally {
            proxy.restore();
        }

        // Back without a restart: the pool reconnects by itself.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (organisationsAnswer().statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(organisationsAnswer().statusCode()).isEqualTo(200);
        assertThat(status(get("/actuator/health/readiness", null))).isEqualTo("UP");
        assertThat(organisations.onboard().id()).as("a write in a transaction").isPositive();
    }

    private HttpResponse<String> organisationsAnswer() throws Exception {
        return get("/api/organisations", ADMIN + ":" + ADMIN_PASSWORD);
    }

    private HttpResponse<String> get(String path, String basicCredentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).GET();
        if (basicCredentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(basicCredentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private static HttpResponse<String> timed(Request request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = request.send();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered within").isLessThan(ANSWER_WITHIN);
        return answer;
    }

    private static String status(HttpResponse<String> health) throws Exception {
        return new ObjectMapper().readTree(health.body()).get("status").asText();
    }

    private void anAdministrator() {
        if (identity.createUserQuery().userId(ADMIN).count() == 0) {
            User user = identity.newUser(ADMIN);
            user.setFirstName("Outage");
            user.setLastName("Drill");
            user.setPassword(ADMIN_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(ADMIN, Groups.PLATFORM_ADMIN);
        }
    }
}
