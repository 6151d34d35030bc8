package th.ita.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import th.ita.division.DivisionService;
import th.ita.organisation.NewOrganisation;
import th.ita.organisation.OrganisationService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The demo municipality, Ban Tan, with its divisions ({@code ita/demo/ban-tan-organisation.yaml}): first of the demo
 * data, because its accounts, result and plan are its. Only when {@code ita.demo.enabled}; created once.
 */
@Component
public class DemoOrganisation {

    static final String RESOURCE = "ita/demo/ban-tan-organisation.yaml";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DemoProperties properties;
    private final OrganisationService organisations;
    private final DivisionService divisions;

    DemoOrganisation(DemoProperties properties, OrganisationService organisations, DivisionService divisions) {
        this.properties = properties;
        this.organisations = organisations;
        this.divisions = divisions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    @Transactional
    public void ensureDemoOrganisation() {
        if (properties.enabled()) {
            id();
        }
    }

    /** The demo organisation's id, onboarding it (and any of its divisions that are missing) first if need be. */
    @Transactional
    public long id() {
        NewOrganisation demo = read();
        long id = organisations.ensure(demo.nameTh(), demo.nameEn(), demo.district(), demo.province(), demo.websiteDomain());
        for (NewOrganisation.NewDivision division : demo.divisions()) {
            if (divisions.find(id, division.code()).isEmpty()) {
                divisions.add(id, division.code(), division.nameTh(), division.nameEn());
                log.info("Demo division {} of {} created", division.code(), demo.nameTh());
            }
        }
        return id;
    }

    private static NewOrganisation read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return YAML.readValue(in, NewOrganisation.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Broken demo file " + RESOURCE, e);
        }
    }
}
