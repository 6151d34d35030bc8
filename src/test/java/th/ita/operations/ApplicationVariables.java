package th.ita.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables the application really reads: a {@code ${NAME}} placeholder in its
 * application*.properties, or a Spring Boot property set through relaxed binding ({@code SPRING_PROFILES_ACTIVE} is
 * {@code spring.profiles.active}) that the configuration metadata of a jar on the class path declares. A deployment
 * file that sets anything else sets a typo or a variable nobody reads.
 */
final class ApplicationVariables {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private final Set<String> placeholders = new HashSet<>();
    private final Set<String> springProperties = new HashSet<>();

    ApplicationVariables() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.properties")).toList()) {
                Matcher matcher = PLACEHOLDER.matcher(Files.readString(file));
                while (matcher.find()) {
                    placeholders.add(matcher.group(1));
                }
            }
            ObjectMapper json = new ObjectMapper();
            for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream in = url.openStream()) {
                    json.readTree(in).path("properties").forEach((JsonNode p) -> springProperties.add(p.path("name").asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean reads(String variable) {
        return placeholders.contains(variable)
                || springProperties.contains(variable.toLowerCase(Locale.ROOT).replace('_', '.'));
    }

    Set<String> placeholders() {
        return placeholders;
    }
}
