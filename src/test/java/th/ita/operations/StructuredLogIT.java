package th.ita.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.ActiveProfiles;
import th.ita.support.TestUsers;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log as an operator's collector reads it with {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}: one JSON object per
 * line; an administrator's action is an audit event on {@code ita.audit} carrying the request's id, the user and the
 * organisation; the password of the person added appears nowhere.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.structured.format.console=ecs")
@ActiveProfiles("test")
class StructuredLogIT {

    @Autowired TestRestTemplate rest;
    @Autowired TestUsers users;
    @Autowired ConfigurableEnvironment environment;
    final ObjectMapper json = new ObjectMapper();

    /**
     * Logback keeps the configuration of the first application context of the JVM (cached test contexts are not
     * closed), which may be another test's plain text: set it up from this context's environment, as a start would.
     */
    @BeforeEach
    void jsonLogs() {
        configureLogging(environment);
    }

    /** Plain text again for the test classes that share this JVM. */
    @AfterEach
    void plainLogs() {
        StandardEnvironment plain = new StandardEnvironment();
        environment.getPropertySources().forEach(source -> plain.getPropertySources().addLast(source));
        plain.getPropertySources().addFirst(new MapPropertySource("plain-logs", Map.of("logging.structured.format.console", "")));
        configureLogging(plain);
    }

    private static void configureLogging(ConfigurableEnvironment environment) {
        LoggingSystem logging = LoggingSystem.get(StructuredLogIT.class.getClassLoader());
        logging.cleanUp();
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, null);
    }

    @Test
    void anOrganisationAdministratorAddingAPerson_isAnAuditEventWithTheRequestUserAndOrganisation(CapturedOutput output)
            throws Exception {
        long banTan = users.user("coordinator").requireOrganisation();
        String requestId = "proxy-" + UUID.randomUUID();
        String person = "log.person" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Qv7-Secret-" + UUID.randomUUID();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Request-Id", requestId);
        String body = """
                {"id":"%s","firstName":"ทดสอบ","lastName":"บันทึก","password":"%s","role":"officer","division":"finance"}"""
                .formatted(person, password);

        ResponseEntity<String> answer = rest.withBasicAuth("bantan.admin", "demo").exchange(
                "/api/organisations/" + banTan + "/users", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);

        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
        JsonNode event = auditLine(output, "person.added", person);
        assertThat(event.path("log").path("logger").asText()).isEqualTo(AdminAuditLog.LOGGER);
        assertThat(event.path("log").path("level").asText()).isEqualTo("INFO");
        assertThat(event.path("audit").path("action").asText()).isEqualTo("person.added");
        assertThat(event.path("audit").path("actor").asText()).isEqualTo("bantan.admin");
        assertThat(event.path("audit").path("role").asText()).isEqualTo("officer");
        assertThat(event.path("requestId").asText()).isEqualTo(requestId);
        assertThat(event.path("user").asText()).isEqualTo("bantan.admin");
        assertThat(event.path("organisation").asText()).isEqualTo(String.valueOf(banTan));
        assertThat(output.getAll()).doesNotContain(password);
    }

    @Test
    void aFailedSignIn_logsNeitherThePasswordNorTheAuthorizationHeader(CapturedOutput output) {
        String password = "Wrong-" + UUID.randomUUID();

        rest.withBasicAuth("coordinator", password).getForEntity("/api/plans", String.class);
        rest.withBasicAuth("coordinator", "demo").getForEntity("/api/plans", String.class);

        assertThat(output.getAll()).doesNotContain(password).doesNotContain("Basic ")
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(("coordinator:" + password).getBytes()));
    }

    /** The JSON line of the audit event {@code action} that names {@code subject}; every line must be JSON. */
    private JsonNode auditLine(CapturedOutput output, String action, String subject) throws Exception {
        List<String> lines = output.getOut().lines().filter(line -> line.contains(action) && line.contains(subject)).toList();
        assertThat(lines).as("the audit line of %s", action).hasSize(1);
        return json.readTree(lines.get(0));
    }
}
