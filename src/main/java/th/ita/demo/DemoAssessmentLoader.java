package th.ita.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import th.ita.assessment.AssessmentService;
import th.ita.assessment.Results;
import th.ita.shared.FiscalYear;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The demo organisation and its published FY 2565 result ({@code ita/demo/ban-tan-2565.yaml}), only when
 * {@code ita.demo.enabled}. Created once: a result that exists (perhaps corrected by a user) is left alone.
 */
@Component
public class DemoAssessmentLoader {

    static final String RESOURCE = "ita/demo/ban-tan-2565.yaml";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final Logger log = LoggerFactory.getLogger(DemoAssessmentLoader.class);

    record DemoFile(int fiscalYear, String overallScore, String grade,
                    Map<String, String> scores) {
    }

    private final DemoProperties properties;
    private final DemoOrganisation demoOrganisation;
    private final AssessmentService assessments;

    DemoAssessmentLoader(DemoProperties properties, DemoOrganisation demoOrganisation, AssessmentService assessments) {
        this.properties = properties;
        this.demoOrganisation = demoOrganisation;
        this.assessments = assessments;
    }

    /** After {@code th.ita.assessment.FrameworkLoader} (order 1): the result needs its year's framework. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    @Transactional
    public void loadDemoResults() {
        if (!properties.enabled()) {
            return;
        }
        DemoFile demo = read();
        long organisationId = demoOrganisation.id();
        FiscalYear year = FiscalYear.of(demo.fiscalYear());
        if (assessments.find(organisationId, year).isPresent()) {
            return;
        }
        Map<Integer, String> scores = new java.util.TreeMap<>();
        demo.scores().forEach((code, score) -> scores.put(Integer.valueOf(code), score));
        assessments.store(organisationId, year, Results.parse(demo.overallScore(), demo.grade(), Map.of(), scores), "demo");
        log.info("Demo ITA result FY {} of organisation {} created", year, organisationId);
    }

    static DemoFile read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return YAML.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Broken demo file " + RESOURCE, e);
        }
    }
}
