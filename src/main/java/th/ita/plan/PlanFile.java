package th.ita.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A plan as a YAML file (the demo's {@code ita/demo/ban-tan-plan-2566.yaml} is one): the report's structure,
 * with measures listed once and referenced by key from every section (table) that shows them.
 */
record PlanFile(OrganisationEntry organisation, Integer fiscalYear, Map<String, List<String>> guidelines,
                List<MeasureEntry> measures, List<SectionEntry> sections) {

    record OrganisationEntry(String nameTh, String nameEn, String district, String province, String websiteDomain) {
    }

    record MeasureEntry(String key, String text, List<Integer> indicators, List<String> divisions, LocalDate dueDate) {
    }

    record SectionEntry(String instrument, String finding, List<String> weaknesses, List<String> approaches,
                        List<String> measures) {
    }
}
