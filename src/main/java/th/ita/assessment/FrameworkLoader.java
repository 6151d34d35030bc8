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
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first load of the frameworks: every {@code classpath:ita/framework-<year>.yaml} of a year the database has no
 * framework of is stored as that year's version 1, at start-up. A year already stored is left as it is, whatever the
 * file in the jar says now: from then on a platform administrator corrects it ({@link FrameworkAdmin}). A year whose
 * rows were loaded before versions were kept (the loader used to upsert the files at every start) gets the file's
 * text as its version 1.
 */
@Component
public class FrameworkLoader {

    static final String LOCATION = "classpath*:ita/framework-*.yaml";
    private static final Logger log = LoggerFactory.getLogger(FrameworkLoader.class);

    static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** A shipped file: its text, as stored, and what it says. */
    record ShippedFramework(String source, Framework framework) {
    }

    private final FrameworkRepository repository;
    private final FrameworkStamps stamps;
    private final Clock clock;

    FrameworkLoader(FrameworkRepository repository, FrameworkStamps stamps, Clock clock) {
        this.repository = repository;
        this.stamps = stamps;
        this.clock = clock;
    }

    /** Before the demo data (which needs the framework) and before any user can log in. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    @Transactional
    public void loadFrameworks() {
        load(readShipped());
        stamps.startWatching();
    }

    /** Stores each file whose year has no stored version; leaves every stored year as it is. */
    void load(List<ShippedFramework> files) {
        List<Framework> loaded = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Set<FiscalYear> seen = new HashSet<>();
        for (ShippedFramework shipped : files) {
            Framework framework = shipped.framework();
            if (!seen.add(framework.fiscalYear())) {
                log.warn("Two framework files of fiscal year {} on the class path: the first one found counts",
                        framework.fiscalYear());
                continue;
            }
            if (repository.hasVersions(framework.fiscalYear())) {
                continue;
            }
            boolean provisional = FrameworkAdmin.provisional(shipped.source());
            var stamp = repository.freshStamp(framework.fiscalYear());
            if (stamp.isEmpty()) {
                repository.insertFirst(framework, shipped.source(), provisional, CurrentUser.SYSTEM_ID, now);
            } else {
                repository.replaceVersion(framework, stamp.get().version(), shipped.source(), provisional,
                        CurrentUser.SYSTEM_ID, now);
            }
            loaded.add(framework);
        }
        log.info("ITA frameworks first loaded from the application's files for fiscal years {}; stored: {}",
                loaded.stream().map(Framework::fiscalYear).toList(), repository.years());
    }

    static List<Framework> readAll() {
        return readShipped().stream().map(ShippedFramework::framework).toList();
    }

    /** The files fail loudly: they are reviewed like code, and a broken one must stop the start. */
    static List<ShippedFramework> readShipped() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<ShippedFramework> frameworks = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    frameworks.add(new ShippedFramework(source, YAML.readValue(source, FrameworkFile.class).toFramework()));
                } catch (RuntimeException | IOException e) {
                    throw new IllegalStateException("Broken ITA framework file " + resource, e);
                }
            }
            frameworks.sort(Comparator.comparing(f -> f.framework().fiscalYear()));
            return frameworks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
