package th.ita.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.organisation.OrganisationService;
import th.ita.security.CurrentUser;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan as the file {@link PlanImporter} reads: change {@code fiscalYear} and import it again (screen or
 * {@code POST /api/organisations/{id}/plans}) and the same guidelines, tables and measures come back as a draft of
 * that year. What happened to the measures (processes, evidence, outcomes) is the year's record, not the plan, so
 * it is not in the file.
 */
@Service
public class PlanExporter {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build())
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final PlanService plans;
    private final OrganisationService organisations;

    public PlanExporter(PlanService plans, OrganisationService organisations) {
        this.plans = plans;
        this.organisations = organisations;
    }

    /** The plan file, if the user may read the plan (another organisation's is empty, as a missing one). */
    @Transactional(readOnly = true)
    public Optional<byte[]> export(long planId, CurrentUser user) {
        return plans.find(planId, user).map(this::yaml);
    }

    /** {@code plan-2566.yaml}: the name the download gets. */
    public static String fileName(int buddhistYear) {
        return "plan-" + buddhistYear + ".yaml";
    }

    /** The file of a plan the caller has already read (and so been allowed to). */
    public byte[] yaml(Plan plan) {
        try {
            String header = "# แผนปรับปรุงของ " + plan.organisation() + " ปีงบประมาณ " + plan.fiscalYear()
                    + "\n# แก้ fiscalYear เป็นปีใหม่แล้วนำเข้า: ได้ร่างแผนเดียวกันของปีนั้น (กำหนดเสร็จเลื่อนตามปี)\n";
            return (header + YAML.writeValueAsString(file(plan))).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    PlanFile file(Plan plan) {
        Map<Long, String> keys = new HashMap<>();
        plan.measures().forEach(m -> keys.put(m.id(), "m" + m.seq()));
        List<PlanFile.MeasureEntry> measures = plan.measures().stream().map(m -> new PlanFile.MeasureEntry(
                keys.get(m.id()), m.text(), m.indicators(), m.divisions(),
                // The year end is what a measure without a date gets: left out, the file says "the year's end".
                m.dueDate() == null || m.dueDate().equals(plan.fiscalYear().end()) ? null : m.dueDate())).toList();
        List<PlanFile.SectionEntry> sections = plan.sections().stream()
                .filter(s -> s.finding() != null || !s.weaknesses().isEmpty() || !s.approaches().isEmpty()
                        || !s.measureIds().isEmpty())
                .map(s -> new PlanFile.SectionEntry(s.instrument(), s.finding(), s.weaknesses(), s.approaches(),
                        s.measureIds().stream().map(keys::get).toList()))
                .toList();
        Map<String, List<String>> guidelines = new LinkedHashMap<>();
        plan.guidelines().forEach((indicator, texts) -> guidelines.put(String.valueOf(indicator), texts));
        return new PlanFile(organisation(plan), plan.fiscalYear().buddhistYear(), plan.fiscalYear().buddhistYear(), null,
                guidelines, measures, sections);
    }

    private PlanFile.OrganisationEntry organisation(Plan plan) {
        return organisations.find(plan.organisationId())
                .map(o -> new PlanFile.OrganisationEntry(o.nameTh(), o.nameEn(), o.district(), o.province(),
                        o.websiteDomain()))
                .orElseGet(() -> new PlanFile.OrganisationEntry(plan.organisation(), null, null, null, null));
    }
}
