package th.ita.measure;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.ita.evidence.EvidenceVersion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each division reported with its latest submission of a measure, for the reviewers: the report the officer
 * wrote on the division's work form, kept on that task ({@link MeasureVariables#workDone}). A report belongs to the
 * division and round of the evidence submitted with it, so the caller passes the measure's evidence it has already
 * read; the reports themselves are one history query. The caller has checked that the user may see the measure.
 */
@Service
public class DivisionReports {

    /** A division's report and the submission round it came with (1, then 2 after a return…). */
    public record DivisionReport(String division, String text, int round) {
    }

    private final HistoryService history;

    public DivisionReports(HistoryService history) {
        this.history = history;
    }

    /** The newest report of each division that has submitted work, by division code. */
    @Transactional(readOnly = true)
    public Map<String, DivisionReport> latest(String processInstanceId, List<EvidenceVersion> evidence) {
        Map<String, EvidenceVersion> byTask = new HashMap<>();
        evidence.forEach(version -> byTask.putIfAbsent(version.evidence().taskId(), version));
        Map<String, DivisionReport> reports = new HashMap<>();
        if (byTask.isEmpty()) {
            return reports;
        }
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(MeasureVariables.WORK_COMMENT).list()) {
            EvidenceVersion submitted = byTask.get(variable.getTaskId());
            String division = submitted == null ? null : submitted.evidence().divisionCode();
            if (division == null || !(variable.getValue() instanceof String text) || text.isBlank()) {
                continue;
            }
            DivisionReport report = new DivisionReport(division, text, submitted.round());
            reports.merge(division, report, (a, b) -> a.round() >= b.round() ? a : b);
        }
        return reports;
    }
}
