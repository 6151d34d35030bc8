package th.ita.plan;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import th.ita.measure.ImprovementMeasureProcess;
import th.ita.shared.FiscalYear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assembles a whole plan from its tables, and each measure's state from its process (one query for all): a fixed
 * number of statements (nine) whatever the number of measures and sections.
 */
@Component
class PlanReader {

    private final PlanRepository repository;
    private final HistoryService historyService;

    PlanReader(PlanRepository repository, HistoryService historyService) {
        this.repository = repository;
        this.historyService = historyService;
    }

    Optional<Plan> read(long planId) {
        return repository.plan(planId).map(row -> {
            List<PlanRepository.SectionRow> sectionRows = repository.sections(planId);
            Map<Long, String> instrumentOfSection = sectionRows.stream()
                    .collect(Collectors.toMap(PlanRepository.SectionRow::id, PlanRepository.SectionRow::instrument));
            Map<Long, List<Long>> measuresOfSection = new HashMap<>();
            Map<Long, List<String>> instrumentsOfMeasure = new HashMap<>();
            repository.measureSections(planId).forEach(link -> {
                measuresOfSection.computeIfAbsent(link.getValue(), k -> new ArrayList<>()).add(link.getKey());
                instrumentsOfMeasure.computeIfAbsent(link.getKey(), k -> new ArrayList<>())
                        .add(instrumentOfSection.get(link.getValue()));
            });
            Map<Long, List<Integer>> indicators = group(repository.measureIndicators(planId));
            Map<Long, List<String>> divisions = group(repository.measureDivisions(planId));
            List<PlanRepository.MeasureRow> measureRows = repository.measures(planId);
            Map<String, MeasureStatus> states = states(measureRows);

            List<PlanMeasure> measures = measureRows.stream().map(m -> new PlanMeasure(m.id(), m.seq(), m.text(),
                    sortedInstruments(instrumentsOfMeasure.getOrDefault(m.id(), List.of()), sectionRows),
                    indicators.getOrDefault(m.id(), List.of()), divisions.getOrDefault(m.id(), List.of()),
                    m.dueDate(), m.processInstanceId(),
                    m.recordedOutcome() != null ? recorded(m.recordedOutcome())
                            : m.processInstanceId() == null ? MeasureStatus.PLANNED
                            : states.getOrDefault(m.processInstanceId(), MeasureStatus.RUNNING))).toList();
            Map<Long, Integer> measureOrder = measures.stream().collect(Collectors.toMap(PlanMeasure::id, PlanMeasure::seq));
            Map<Long, List<String>> weaknesses = repository.texts("plan_weakness", planId);
            Map<Long, List<String>> approaches = repository.texts("plan_approach", planId);
            List<PlanSection> sections = sectionRows.stream().map(s -> new PlanSection(s.id(), s.instrument(), s.finding(),
                    weaknesses.getOrDefault(s.id(), List.of()), approaches.getOrDefault(s.id(), List.of()),
                    measuresOfSection.getOrDefault(s.id(), List.of()).stream()
                            .sorted(java.util.Comparator.comparing(measureOrder::get)).toList())).toList();
            return new Plan(row.id(), row.organisationId(), row.organisation(), FiscalYear.of(row.fiscalYear()),
                    row.assessmentId(), PlanStatus.valueOf(row.status()), row.approvedBy(), row.approvedAt(),
                    repository.guidelines(planId), sections, measures);
        });
    }

    private Map<String, MeasureStatus> states(List<PlanRepository.MeasureRow> measures) {
        String[] ids = measures.stream().map(PlanRepository.MeasureRow::processInstanceId)
                .filter(java.util.Objects::nonNull).toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return historyService.createHistoricProcessInstanceQuery().processInstanceIds(java.util.Set.of(ids)).list()
                .stream().collect(Collectors.toMap(HistoricProcessInstance::getId, PlanReader::state));
    }

    /** A history plan's measure: as recorded, with no process behind it. */
    private static MeasureStatus recorded(String outcome) {
        return PlanRepository.DONE.equals(outcome) ? MeasureStatus.DONE : MeasureStatus.ENDED_NOT_DONE;
    }

    private static MeasureStatus state(HistoricProcessInstance instance) {
        if (instance.getEndTime() == null) {
            return MeasureStatus.RUNNING;
        }
        return ImprovementMeasureProcess.END_DONE.equals(instance.getEndActivityId())
                ? MeasureStatus.DONE : MeasureStatus.ENDED_NOT_DONE;
    }

    private static List<String> sortedInstruments(List<String> instruments, List<PlanRepository.SectionRow> order) {
        List<String> ordered = order.stream().map(PlanRepository.SectionRow::instrument).toList();
        return instruments.stream().sorted(java.util.Comparator.comparing(ordered::indexOf)).toList();
    }

    private static <V> Map<Long, List<V>> group(List<Map.Entry<Long, V>> links) {
        return links.stream().collect(Collectors.groupingBy(Map.Entry::getKey, java.util.LinkedHashMap::new,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
