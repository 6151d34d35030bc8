package th.ita.operations;

import com.vaadin.flow.server.Platform;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What this node runs: the application's build and the versions of Java, Spring Boot, Camunda and Vaadin, as the
 * running code reports them (not as the pom meant them). For the operator's questions "which release is this?" and
 * "are we affected by this advisory?": the platform administrator's about page and {@code /actuator/info}
 * ({@code platform}), next to the CycloneDX SBOM of the build (target/bom.json).
 */
@Component
public class PlatformVersions implements InfoContributor {

    /** The versions, each "unknown" when a library does not say (never a failure of the page). */
    public record Versions(String application, Optional<Instant> built, String java, String javaVendor,
                           String springBoot, String camunda, String vaadin) {
    }

    public static final String UNKNOWN = "unknown";

    private final Versions versions;

    public PlatformVersions(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        this.versions = new Versions(
                properties == null ? UNKNOWN : properties.getVersion(),
                Optional.ofNullable(properties).map(BuildProperties::getTime),
                System.getProperty("java.runtime.version", UNKNOWN),
                System.getProperty("java.vendor", UNKNOWN),
                orUnknown(SpringBootVersion.getVersion()),
                camunda(),
                Platform.getVaadinVersion().orElse(UNKNOWN));
    }

    public Versions versions() {
        return versions;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> platform = new LinkedHashMap<>();
        platform.put("application", versions.application());
        platform.put("java", versions.java());
        platform.put("springBoot", versions.springBoot());
        platform.put("camunda", versions.camunda());
        platform.put("vaadin", versions.vaadin());
        builder.withDetail("platform", platform);
    }

    /** The engine's own product-info file (what Cockpit shows), else its jar's manifest. */
    private static String camunda() {
        try (InputStream in = ProcessEngine.class.getResourceAsStream("product-info.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("camunda.version");
                if (version != null && !version.isBlank()) {
                    return version;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return orUnknown(ProcessEngine.class.getPackage().getImplementationVersion());
    }

    private static String orUnknown(String version) {
        return version == null || version.isBlank() ? UNKNOWN : version;
    }
}
