package th.ita.operations;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment examples of docs/deploy (nothing runs them on the build machine): valid YAML naming the image the
 * build makes, the application's port, the probe paths of the health groups the application has, and only environment
 * variables the application reads; TLS, forwarded headers trusted from the proxy only, sticky sessions.
 */
class DeploymentFilesTest {

    static final Path DEPLOY = Path.of("docs/deploy");
    final ApplicationVariables variables = new ApplicationVariables();

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @Test
    void theVariableCheck_knowsPlaceholdersAndSpringProperties_andNothingElse() {
        assertThat(variables.reads("ITA_DB_PASSWORD")).isTrue();
        assertThat(variables.reads("SPRING_PROFILES_ACTIVE")).isTrue();
        assertThat(variables.reads("LOGGING_STRUCTURED_FORMAT_CONSOLE")).isTrue();
        assertThat(variables.reads("ITA_DB_PASWORD")).isFalse();
        assertThat(variables.reads("SPRING_PROFILE_ACTIVE")).isFalse();
    }

    @Test
    void theProbePaths_areHealthGroupsTheApplicationHas() throws Exception {
        Properties properties = new Properties();
        properties.load(Files.newBufferedReader(Path.of("src/main/resources/application.properties")));

        assertThat(properties.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertThat(properties.getProperty("management.endpoint.health.group.liveness.include")).doesNotContain("db");
        assertThat(properties.getProperty("management.endpoint.health.group.readiness.include")).contains("readinessState", "db");
    }

    @Test
    void compose_twoNodesOfTheBuiltImage_onPostgres_behindATlsProxyTheyTrust() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(DEPLOY.resolve("compose.yaml")));
        Map<String, Object> services = map(compose.get("services"));
        String port = ImageProfileTest.applicationPort();

        assertThat(services).containsKeys("postgres", "ita-1", "ita-2", "caddy");
        String caddyAddress = (String) map(map(map(services.get("caddy")).get("networks")).get("ita")).get("ipv4_address");
        Map<String, Object> postgres = map(map(services.get("postgres")).get("environment"));
        for (String node : List.of("ita-1", "ita-2")) {
            Map<String, Object> service = map(services.get(node));
            assertThat((String) service.get("image")).isEqualTo("${ITA_IMAGE:-ita-workflow:" + ImageProfileTest.projectVersion() + "}");
            Map<String, Object> environment = map(service.get("environment"));
            assertThat(environment.keySet()).allSatisfy(name -> assertThat(variables.reads(name)).as(name).isTrue());
            assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                    .containsEntry("ITA_FORWARD_HEADERS", "native").containsEntry("ITA_NODE_NAME", "node-" + node.substring(4))
                    .containsEntry("ITA_DB_NAME", postgres.get("POSTGRES_DB")).containsEntry("ITA_DB_USER", postgres.get("POSTGRES_USER"));
            // Forwarded headers are believed from the proxy's address and no other.
            assertThat(caddyAddress).matches((String) environment.get("ITA_TRUSTED_PROXIES"));
            assertThat("172.28.0.11").doesNotMatch((String) environment.get("ITA_TRUSTED_PROXIES"));
            assertThat(String.join(" ", list(map(service.get("healthcheck")).get("test")).stream().map(String::valueOf).toList()))
                    .contains("http://localhost:" + port + "/actuator/health/readiness");
            assertThat(service).doesNotContainKey("ports"); // reachable through the proxy only
        }
        assertThat(list(map(services.get("caddy")).get("ports"))).containsExactlyInAnyOrder("80:80", "443:443");

        String caddyfile = Files.readString(DEPLOY.resolve("Caddyfile"));
        assertThat(caddyfile).contains("reverse_proxy ita-1:" + port + " ita-2:" + port, "lb_policy cookie",
                "health_uri /actuator/health/readiness", "tls ", "header_up X-Request-Id");
    }

    @Test
    void kubernetes_twoReplicasNotRoot_probes_passwordsFromTheSecret_stickyIngress() throws Exception {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                new Yaml().loadAll(Files.readString(file)).forEach(document -> documents.add(map(document)));
            }
        }
        Map<String, Object> deployment = kind(documents, "Deployment");
        Map<String, Object> secret = kind(documents, "Secret");
        Map<String, Object> service = kind(documents, "Service");
        Map<String, Object> ingress = kind(documents, "Ingress");
        Map<String, Object> spec = map(deployment.get("spec"));
        Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
        Map<String, Object> container = map(list(pod.get("containers")).get(0));
        String port = ImageProfileTest.applicationPort();

        assertThat(spec.get("replicas")).isEqualTo(2);
        assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true);
        assertThat((Integer) map(pod.get("securityContext")).get("runAsUser")).isPositive();
        assertThat((String) container.get("image")).endsWith("/ita-workflow:" + ImageProfileTest.projectVersion());
        assertThat(map(list(container.get("ports")).get(0))).containsEntry("containerPort", Integer.parseInt(port))
                .containsEntry("name", "http");
        assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(probePath(container, "startupProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");

        Map<String, Object> secretData = map(secret.get("stringData"));
        List<Map<String, Object>> env = list(container.get("env")).stream().map(DeploymentFilesTest::map).toList();
        assertThat(env).allSatisfy(variable -> assertThat(variables.reads((String) variable.get("name")))
                .as((String) variable.get("name")).isTrue());
        for (String password : List.of("ITA_DB_PASSWORD", "ITA_ADMIN_PASSWORD")) {
            Map<String, Object> variable = env.stream().filter(v -> v.get("name").equals(password)).findFirst().orElseThrow();
            assertThat(variable).doesNotContainKey("value");
            Map<String, Object> reference = map(map(variable.get("valueFrom")).get("secretKeyRef"));
            assertThat(reference.get("name")).isEqualTo(map(secret.get("metadata")).get("name"));
            assertThat(secretData).containsKey((String) reference.get("key"));
        }

        assertThat(map(map(service.get("spec")).get("selector"))).isEqualTo(map(map(spec.get("selector")).get("matchLabels")));
        assertThat(map(list(map(service.get("spec")).get("ports")).get(0))).containsEntry("targetPort", "http");
        Map<String, Object> annotations = map(map(ingress.get("metadata")).get("annotations"));
        assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
        Map<String, Object> backend = map(map(map(list(map(map(list(map(ingress.get("spec")).get("rules")).get(0))
                .get("http")).get("paths")).get(0)).get("backend")).get("service"));
        assertThat(backend.get("name")).isEqualTo(map(service.get("metadata")).get("name"));
        assertThat(list(map(ingress.get("spec")).get("tls"))).isNotEmpty();
    }

    private static Map<String, Object> kind(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).findFirst().orElseThrow(() -> new AssertionError(kind));
    }

    private static String probePath(Map<String, Object> container, String probe) {
        Map<String, Object> get = map(map(container.get(probe)).get("httpGet"));
        assertThat(get.get("port")).isEqualTo("http");
        return (String) get.get("path");
    }
}
