package th.ita.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A plan as a YAML file (the demo's {@code ita/demo/ban-tan-plan-2566.yaml} is one): the report's structure,
 * with measures listed once and referenced by key from every section (table) that shows them.
 * <p>
 * {@code exportedFromFiscalYear} is written by {@link PlanExporter} only: a file exported from FY 2566 and imported
 * with {@code fiscalYear: 2567} moves the due dates that lie in FY 2566 by one year, so that changing the one
 * year line is enough to reuse a plan (dates already in the new year are kept as written).
 * <p>
 * {@code history: true} records a past year's plan as history (as the import option does): no process, and each
 * measure says what it came to, {@code outcome: done} or {@code notDone}, with {@code divisionOutcomes} for the
 * divisions whose part differs ({@code {works: notDone}}). Outcomes are ignored when a file is imported as a draft.
 */
record PlanFile(OrganisationEntry organisation, Integer fiscalYear, Integer exportedFromFiscalYear, Boolean history,
                Map<String, List<String>> guidelines, List<MeasureEntry> measures, List<SectionEntry> sections) {

    record OrganisationEntry(String nameTh, String nameEn, String district, String province, String websiteDomain) {
    }

    record MeasureEntry(String key, String text, List<Integer> indicators, List<String> divisions, LocalDate dueDate,
                        String outcome, Map<String, String> divisionOutcomes) {

        MeasureEntry(String key, String text, List<Integer> indicators, List<String> divisions, LocalDate dueDate) {
            this(key, text, indicators, divisions, dueDate, null, null);
        }
    }

    record SectionEntry(String instrument, String finding, List<String> weaknesses, List<String> approaches,
                        List<String> measures) {
    }
}
