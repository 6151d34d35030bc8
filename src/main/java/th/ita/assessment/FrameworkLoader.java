package th.ita.assessment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Loads every {@code classpath:ita/framework-<year>.yaml} into the {@code ita_*} tables at start-up. The files
 * are the versioned source of truth (reviewed like code, one per fiscal year); the tables let SQL join
 * against them. Idempotent upsert, so every start applies corrections made to a file.
 */
@Component
public class FrameworkLoader {

    static final String LOCATION = "classpath*:ita/framework-*.yaml";
    private static final Logger log = LoggerFactory.getLogger(FrameworkLoader.class);

    static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final FrameworkRepository repository;

    FrameworkLoader(FrameworkRepository repository) {
        this.repository = repository;
    }

    /** Before the demo data (which needs the framework) and before any user can log in. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    @Transactional
    public void loadFrameworks() {
        List<Framework> frameworks = readAll();
        frameworks.forEach(repository::upsert);
        log.info("ITA frameworks loaded for fiscal years {}", frameworks.stream().map(Framework::fiscalYear).toList());
    }

    static List<Framework> readAll() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<Framework> frameworks = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    frameworks.add(YAML.readValue(in, FrameworkFile.class).toFramework());
                } catch (RuntimeException | IOException e) {
                    throw new IllegalStateException("Broken ITA framework file " + resource, e);
                }
            }
            frameworks.sort(Comparator.comparing(Framework::fiscalYear));
            return frameworks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
