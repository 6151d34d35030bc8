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
import th.ita.shared.YamlErrors;

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
            // A typo of a key (dueDate as duedate) would drop a value silently: refused by name instead.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final PlanService planService;
    private final OrganisationService organisations;

    public PlanImporter(PlanService planService, OrganisationService organisations) {
        this.planService = planService;
        this.organisations = organisations;
    }

    /**
     * How a file is imported: {@code history} records a past year's plan with its outcomes and starts nothing (a file
     * may also say {@code history: true}); {@code asYear} imports it as another fiscal year's, its dates moved by as
     * many whole years (null: the year the file names).
     */
    public record Options(boolean history, FiscalYear asYear) {

        public static final Options DRAFT = new Options(false, null);
        public static final Options HISTORY = new Options(true, null);
    }

    /**
     * Imports a plan file as a draft of the organisation's (the coordinator's own: {@link PlanService#createDraft}
     * checks). The file may name its organisation; one that names another is refused rather than filed under the
     * wrong municipality.
     */
    @Transactional
    public long importPlan(byte[] content, long organisationId, CurrentUser user) {
        return importPlan(content, organisationId, Options.DRAFT, user);
    }

    /** The same, as a draft or as history (see {@link Options}). All or nothing. */
    @Transactional
    public long importPlan(byte[] content, long organisationId, Options options, CurrentUser user) {
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
        FiscalYear year = options.asYear() != null ? options.asYear() : FiscalYear.of(file.fiscalYear());
        // The year the file's dates belong to: the one it was exported from, or the one it names when imported as another.
        Integer datesOf = options.asYear() != null ? file.fiscalYear() : file.exportedFromFiscalYear();
        boolean history = options.history() || Boolean.TRUE.equals(file.history());
        long planId = history ? planService.createHistory(organisationId, year, user)
                : planService.createDraft(organisationId, year, user);
        Plan draft = planService.find(planId).orElseThrow();

        List<PlanFile.SectionEntry> sections = Objects.requireNonNullElse(file.sections(), List.of());
        for (PlanFile.SectionEntry entry : sections) {
            PlanSection section = draft.sections().stream().filter(s -> s.instrument().equals(entry.instrument()))
                    .findFirst().orElseThrow(() -> new UserInputException("plan.error.unknownInstrument", entry.instrument()));
            planService.updateSection(section.id(), entry.finding(), entry.weaknesses(), entry.approaches(), user);
        }
        Map<Long, PlanService.HistoryOutcome> outcomes = new java.util.HashMap<>();
        for (PlanFile.MeasureEntry measure : Objects.requireNonNullElse(file.measures(), List.<PlanFile.MeasureEntry>of())) {
            List<String> instruments = sections.stream()
                    .filter(s -> s.measures() != null && s.measures().contains(measure.key()))
                    .map(PlanFile.SectionEntry::instrument).toList();
            long measureId = planService.addMeasure(planId, new MeasureInput(measure.text(), instruments,
                    measure.indicators(), measure.divisions(), moved(measure.dueDate(), datesOf, year)), user);
            if (history) {
                outcomes.put(measureId, outcome(measure));
            }
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
        if (history) {
            planService.recordHistory(planId, outcomes, user);
        }
        return planId;
    }

    /**
     * A due date of the year the file's dates belong to, moved into the year it is imported as (see {@link PlanFile});
     * any other date as written, so that a date outside the plan's year is still refused.
     */
    private static java.time.LocalDate moved(java.time.LocalDate due, Integer datesOf, FiscalYear planYear) {
        if (due == null || datesOf == null || !FiscalYear.of(datesOf).contains(due)) {
            return due;
        }
        return due.plusYears(planYear.buddhistYear() - datesOf);
    }

    /** A measure's outcome in a history file: {@code done} / {@code notDone}, for the measure and per division. */
    private static PlanService.HistoryOutcome outcome(PlanFile.MeasureEntry measure) {
        Map<String, Boolean> divisions = new java.util.LinkedHashMap<>();
        Objects.requireNonNullElse(measure.divisionOutcomes(), Map.<String, String>of())
                .forEach((division, outcome) -> divisions.put(division.strip(), done(outcome, measure)));
        return new PlanService.HistoryOutcome(measure.outcome() == null ? null : done(measure.outcome(), measure), divisions);
    }

    private static boolean done(String outcome, PlanFile.MeasureEntry measure) {
        String normalised = outcome == null ? "" : outcome.strip().replace("_", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return switch (normalised) {
            case "done", "ดำเนินการแล้ว" -> true;
            case "notdone", "ยังไม่ได้ดำเนินการ" -> false;
            default -> throw new UserInputException("plan.error.historyBadOutcome", String.valueOf(measure.key()),
                    String.valueOf(outcome));
        };
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
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            throw new UserInputException("plan.error.unknownKey", YamlErrors.path(unknown));
        } catch (com.fasterxml.jackson.databind.exc.InvalidFormatException format) {
            throw new UserInputException("plan.error.badValue", YamlErrors.path(format), String.valueOf(format.getValue()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException unread) {
            if (YamlErrors.isSyntax(unread)) {
                throw new UserInputException("plan.error.yamlSyntax", YamlErrors.syntax(unread));
            }
            String path = unread instanceof com.fasterxml.jackson.databind.JsonMappingException mapping ? YamlErrors.path(mapping) : "";
            throw new UserInputException("plan.error.badValue", path, "");
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            // Whatever else the reader refuses: its message names our classes, so only that the file is unreadable.
            throw new UserInputException("plan.error.unreadable");
        } catch (IOException e) {
            throw new UserInputException("plan.error.unreadable");
        }
    }

    private static int parseIndicator(String key) {
        try {
            return Integer.parseInt(key.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("plan.error.unknownIndicator", key);
        }
    }
}
