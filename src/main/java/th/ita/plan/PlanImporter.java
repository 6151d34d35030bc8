package th.ita.plan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.organisation.Organisation;
import th.ita.organisation.OrganisationService;
import th.ita.security.CurrentUser;
import th.ita.shared.FiscalYear;
import th.ita.shared.UserInputException;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Creates a draft plan from a plan file (YAML, see {@link PlanFile}). All or nothing: one bad entry and no
 * part of the plan is saved.
 */
@Service
public class PlanImporter {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final PlanService planService;
    private final OrganisationService organisations;

    public PlanImporter(PlanService planService, OrganisationService organisations) {
        this.planService = planService;
        this.organisations = organisations;
    }

    /**
     * Imports a plan file as a draft of the organisation's (the coordinator's own: {@link PlanService#createDraft}
     * checks). The file may name its organisation; one that names another is refused rather than filed under the
     * wrong municipality.
     */
    @Transactional
    public long importPlan(byte[] content, long organisationId, CurrentUser user) {
        PlanFile file = parse(content);
        if (file.fiscalYear() == null) {
            throw new UserInputException("plan.error.fileHeader");
        }
        PlanFile.OrganisationEntry named = file.organisation();
        Organisation organisation = organisations.find(organisationId).orElseThrow(() ->
                new UserInputException("organisation.error.notFound", String.valueOf(organisationId)));
        if (named != null && named.nameTh() != null && !named.nameTh().strip().equals(organisation.nameTh())) {
            throw new UserInputException("plan.error.otherOrganisation", named.nameTh(), organisation.nameTh());
        }
        long planId = planService.createDraft(organisationId, FiscalYear.of(file.fiscalYear()), user);
        Plan draft = planService.find(planId).orElseThrow();

        List<PlanFile.SectionEntry> sections = Objects.requireNonNullElse(file.sections(), List.of());
        for (PlanFile.SectionEntry entry : sections) {
            PlanSection section = draft.sections().stream().filter(s -> s.instrument().equals(entry.instrument()))
                    .findFirst().orElseThrow(() -> new UserInputException("plan.error.unknownInstrument", entry.instrument()));
            planService.updateSection(section.id(), entry.finding(), entry.weaknesses(), entry.approaches(), user);
        }
        for (PlanFile.MeasureEntry measure : Objects.requireNonNullElse(file.measures(), List.<PlanFile.MeasureEntry>of())) {
            List<String> instruments = sections.stream()
                    .filter(s -> s.measures() != null && s.measures().contains(measure.key()))
                    .map(PlanFile.SectionEntry::instrument).toList();
            planService.addMeasure(planId, new MeasureInput(measure.text(), instruments, measure.indicators(),
                    measure.divisions(), movedToPlanYear(measure.dueDate(), file)), user);
        }
        sections.forEach(section -> Objects.requireNonNullElse(section.measures(), List.<String>of()).forEach(key -> {
            boolean known = file.measures() != null && file.measures().stream().anyMatch(m -> key.equals(m.key()));
            if (!known) {
                throw new UserInputException("plan.error.unknownMeasureKey", key, section.instrument());
            }
        }));
        for (Map.Entry<String, List<String>> guidelines : Objects.requireNonNullElse(file.guidelines(),
                Map.<String, List<String>>of()).entrySet()) {
            int indicator = parseIndicator(guidelines.getKey());
            for (int i = 0; i < guidelines.getValue().size(); i++) {
                planService.addGuideline(planId, indicator, i + 1, guidelines.getValue().get(i), user);
            }
        }
        return planId;
    }

    /**
     * A due date of the year the file was exported from, moved into the year it is imported as (see
     * {@link PlanFile}); any other date as written, so that a date outside the plan's year is still refused.
     */
    static java.time.LocalDate movedToPlanYear(java.time.LocalDate due, PlanFile file) {
        if (due == null || file.exportedFromFiscalYear() == null
                || !FiscalYear.of(file.exportedFromFiscalYear()).contains(due)) {
            return due;
        }
        return due.plusYears(file.fiscalYear() - file.exportedFromFiscalYear());
    }

    private static PlanFile parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserInputException("plan.error.emptyFile");
        }
        try {
            PlanFile file = YAML.readValue(content, PlanFile.class);
            if (file == null) {
                throw new UserInputException("plan.error.emptyFile");
            }
            return file;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new UserInputException("plan.error.unreadable", firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UserInputException("plan.error.unreadable", e.getClass().getSimpleName());
        }
    }

    private static int parseIndicator(String key) {
        try {
            return Integer.parseInt(key.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("plan.error.unknownIndicator", key);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
